package org.leverage.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Outcome;
import org.leverage.game.Player;
import org.leverage.io.NfgLexer.Kind;
import org.leverage.numeric.Rationals;

/**
 * Reads Gambit strategic-form game files ({@code .nfg}, version 1), as documented in Gambit's
 * manual ("Game representation formats: the strategic game (.nfg) file format"):
 *
 * <pre>
 * NFG 1 R "title" { "Player 1" "Player 2" }
 * { 3 2 }                                     strategy counts, or names per player:
 * { { "a" "b" "c" } { "x" "y" } }
 * "optional comment"
 * then either the payoff version, a payoff per player for every cell:
 * 1 1 0 2 ...
 * or the outcome version, labelled outcomes then one outcome number per cell (0 = none):
 * { { "win" 1, 0 } { "lose" 0 1 } }
 * 1 2 0 ...
 * </pre>
 *
 * Cells run in Gambit's order, the first player's strategy fastest. The number type ({@code R} or
 * {@code D}) is accepted and ignored: every payoff is read exactly (integers, decimals with
 * optional exponent, and {@code a/b}) by {@link Rationals#parse}, never through {@code double}.
 * Commas between outcome payoffs are optional, as in Gambit. Repeated strategy labels are legal and
 * kept (strategies are identified by position). A game of the outcome version keeps its outcome
 * table.
 *
 * <p>Every error is a {@link GameFormatException} naming the line and what was found and expected.
 * The header's declared size is checked against {@link NormalFormGame#MAX_PAYOFF_ENTRIES}, and
 * against the numbers the rest of the file can hold (one per two characters), before anything is
 * allocated for it.
 *
 * <p>Time and memory are linear in the file size: one pass over the characters, no regular
 * expressions, and repeated payoff texts are parsed once and share one {@link BigFraction} (see
 * {@link PayoffParser}).
 */
public final class NfgReader {

  private NfgReader() {}

  /** Reads {@code file} as strict UTF-8; the path as given names the file in messages. */
  public static NormalFormGame read(Path file) throws IOException, GameFormatException {
    return read(file.toString(), TextInput.read(file));
  }

  /**
   * Reads a game from {@code text}.
   *
   * @param source the name of the input in error messages, e.g. the file name
   */
  public static NormalFormGame read(String source, String text) throws GameFormatException {
    TextInput.checkText(source, text);
    return new Parser(source, text).parse();
  }

  private static final class Parser {

    private final String source;
    private final NfgLexer lex;
    private final PayoffParser payoffs = new PayoffParser();
    private final List<String> playerNames = new ArrayList<>();
    private final List<Player> players = new ArrayList<>();
    private String title;
    private String comment = "";

    Parser(String source, String text) {
      this.source = source;
      this.lex = new NfgLexer(source, text);
    }

    NormalFormGame parse() throws GameFormatException {
      readHeader();
      int cells = NormalFormGame.checkedCellCount(players);
      switch (lex.kind()) {
        case WORD:
          return readPayoffBody(cells);
        case LBRACE:
          return readOutcomeBody(cells);
        case EOF:
          throw lex.error("file ends after the header; expected the payoffs or the outcome list");
        default:
          throw lex.error(
              "expected the payoffs or \"{\" opening the outcome list but found " + lex.describe());
      }
    }

    private void readHeader() throws GameFormatException {
      lex.next();
      if (lex.kind() == Kind.EOF) {
        throw lex.error("file is empty; expected a Gambit strategic game starting with NFG 1 R");
      }
      if (lex.kind() != Kind.WORD || !lex.value().equals("NFG")) {
        throw lex.error(
            "expected NFG (a Gambit strategic-game file starts with NFG 1 R) but found "
                + lex.describe());
      }
      lex.next();
      if (lex.kind() != Kind.WORD || !lex.value().equals("1")) {
        throw lex.error("expected format version 1 after NFG but found " + lex.describe());
      }
      lex.next();
      if (lex.kind() != Kind.WORD || !(lex.value().equals("R") || lex.value().equals("D"))) {
        throw lex.error("expected the number type R or D after NFG 1 but found " + lex.describe());
      }
      lex.next();
      if (lex.kind() != Kind.STRING) {
        throw lex.error("expected the game title (a quoted string) but found " + lex.describe());
      }
      title = lex.value();
      readPlayerNames();
      readStrategies();
      if (lex.kind() == Kind.STRING) {
        comment = lex.value();
        lex.next();
      }
    }

    private void readPlayerNames() throws GameFormatException {
      lex.next();
      if (lex.kind() != Kind.LBRACE) {
        throw lex.error(
            "expected \"{\" opening the list of player names but found " + lex.describe());
      }
      lex.next();
      while (lex.kind() == Kind.STRING) {
        playerNames.add(lex.value());
        lex.next();
      }
      if (lex.kind() != Kind.RBRACE) {
        throw lex.error(
            "expected a player name (a quoted string) or \"}\" but found " + lex.describe());
      }
      if (playerNames.isEmpty()) {
        throw lex.error("the game has no players; expected at least one player name in { }");
      }
    }

    /** Reads the strategy block and leaves the lexer on the token after it. */
    private void readStrategies() throws GameFormatException {
      lex.next();
      if (lex.kind() != Kind.LBRACE) {
        throw lex.error(
            "expected \"{\" opening the strategy counts or strategy names but found "
                + lex.describe());
      }
      int blockLine = lex.line();
      lex.next();
      if (lex.kind() == Kind.LBRACE) {
        readStrategyNames(blockLine);
      } else {
        readStrategyCounts(blockLine);
      }
      lex.next();
    }

    private void readStrategyNames(int blockLine) throws GameFormatException {
      List<List<String>> names = new ArrayList<>();
      long[] counts = new long[playerNames.size()];
      for (int p = 0; p < playerNames.size(); p++) {
        if (lex.kind() != Kind.LBRACE) {
          throw lex.error(
              "expected \"{\" opening the strategy names of "
                  + playerLabel(p)
                  + " but found "
                  + lex.describe()
                  + " (the header names "
                  + playerNames.size()
                  + " players)");
        }
        List<String> labels = new ArrayList<>();
        lex.next();
        while (lex.kind() == Kind.STRING) {
          labels.add(lex.value());
          lex.next();
        }
        if (lex.kind() != Kind.RBRACE) {
          throw lex.error(
              "expected a strategy name (a quoted string) or \"}\" for "
                  + playerLabel(p)
                  + " but found "
                  + lex.describe());
        }
        if (labels.isEmpty()) {
          throw lex.error(playerLabel(p) + " has no strategies; expected at least one name");
        }
        names.add(labels);
        counts[p] = labels.size();
        lex.next();
      }
      if (lex.kind() != Kind.RBRACE) {
        throw lex.error(
            "expected \"}\" closing the strategy names ("
                + playerNames.size()
                + " players) but found "
                + lex.describe());
      }
      GameShape.checkSize(source, blockLine, counts);
      for (int p = 0; p < playerNames.size(); p++) {
        players.add(new Player(playerNames.get(p), names.get(p)));
      }
    }

    private void readStrategyCounts(int blockLine) throws GameFormatException {
      long[] counts = new long[playerNames.size()];
      for (int p = 0; p < playerNames.size(); p++) {
        if (lex.kind() != Kind.WORD || !isDigits(lex.value())) {
          throw lex.error(
              "expected the number of strategies of "
                  + playerLabel(p)
                  + ", a positive integer, but found "
                  + lex.describe()
                  + " (the header names "
                  + playerNames.size()
                  + " players)");
        }
        // More than 18 digits cannot fit a long, and is over any size limit anyway.
        counts[p] = lex.value().length() > 18 ? Long.MAX_VALUE : Long.parseLong(lex.value());
        if (counts[p] == 0) {
          throw lex.error(playerLabel(p) + " has 0 strategies; expected at least 1");
        }
        lex.next();
      }
      if (lex.kind() != Kind.RBRACE) {
        throw lex.error(
            "expected \"}\" after "
                + playerNames.size()
                + " strategy counts (one per player) but found "
                + lex.describe());
      }
      GameShape.checkSize(source, blockLine, counts);
      for (int p = 0; p < playerNames.size(); p++) {
        List<String> labels = new ArrayList<>((int) counts[p]);
        for (int s = 1; s <= counts[p]; s++) {
          labels.add(Integer.toString(s));
        }
        players.add(new Player(playerNames.get(p), labels));
      }
    }

    private NormalFormGame readPayoffBody(int cells) throws GameFormatException {
      int n = players.size();
      long total = (long) cells * n;
      checkFits(total, "payoffs (" + cells + " cells x " + n + " players)");
      BigFraction[][] byCell = new BigFraction[cells][n];
      long read = 0;
      for (int c = 0; c < cells; c++) {
        BigFraction[] cell = byCell[c];
        for (int p = 0; p < n; p++) {
          if (lex.kind() == Kind.EOF) {
            throw lex.error(
                "file ends after "
                    + read
                    + " of "
                    + total
                    + " payoffs ("
                    + cells
                    + " cells x "
                    + n
                    + " players)");
          }
          cell[p] = payoff("");
          read++;
          lex.next();
        }
      }
      if (lex.kind() != Kind.EOF) {
        throw lex.error(
            "too many payoffs: expected "
                + total
                + " ("
                + cells
                + " cells x "
                + n
                + " players) but the file continues with "
                + lex.describe());
      }
      return NormalFormGame.ofPayoffs(title, comment, players, byCell);
    }

    /**
     * Refuses a header that declares more numbers than the rest of the file can hold, before
     * anything is allocated for them: a few bytes must not make the reader ask for gigabytes.
     */
    private void checkFits(long declared, String what) throws GameFormatException {
      long fit = lex.numbersLeft();
      if (declared > fit) {
        throw lex.error(
            "the header declares "
                + declared
                + " "
                + what
                + " but the rest of the file can hold at most "
                + fit
                + " numbers; check the strategy counts");
      }
    }

    private NormalFormGame readOutcomeBody(int cells) throws GameFormatException {
      List<Outcome> outcomes = new ArrayList<>();
      lex.next();
      while (lex.kind() == Kind.LBRACE) {
        outcomes.add(readOutcome(outcomes.size() + 1));
      }
      if (lex.kind() != Kind.RBRACE) {
        throw lex.error(
            "expected \"{\" opening an outcome or \"}\" closing the outcome list but found "
                + lex.describe());
      }
      lex.next();
      checkFits(cells, "outcome indices (one per cell)");
      int[] cellOutcomes = new int[cells];
      for (int c = 0; c < cells; c++) {
        if (lex.kind() == Kind.EOF) {
          throw lex.error(
              "file ends after " + c + " of " + cells + " outcome indices (one per cell)");
        }
        cellOutcomes[c] = outcomeIndex(outcomes.size()) - 1;
        lex.next();
      }
      if (lex.kind() != Kind.EOF) {
        throw lex.error(
            "too many outcome indices: expected "
                + cells
                + " (one per cell) but the file continues with "
                + lex.describe());
      }
      return NormalFormGame.ofOutcomes(title, comment, players, outcomes, cellOutcomes);
    }

    /** Reads {@code { "label" p1, p2, ... }} with the lexer on its opening brace. */
    private Outcome readOutcome(int number) throws GameFormatException {
      int n = players.size();
      lex.next();
      if (lex.kind() != Kind.STRING) {
        throw lex.error(
            "expected the label of outcome "
                + number
                + " (a quoted string, may be \"\") but found "
                + lex.describe());
      }
      String label = lex.value();
      String where = " in outcome " + number;
      List<BigFraction> payoffs = new ArrayList<>(n);
      lex.next();
      for (int p = 0; p < n; p++) {
        if (lex.kind() == Kind.RBRACE) {
          throw lex.error(
              "outcome " + number + " has " + p + " payoffs; expected " + n + " (one per player)");
        }
        payoffs.add(payoff(where));
        lex.next();
        if (lex.kind() == Kind.COMMA) {
          lex.next();
        }
      }
      if (lex.kind() != Kind.RBRACE) {
        throw lex.error(
            lex.kind() == Kind.WORD
                ? "outcome "
                    + number
                    + " has more than "
                    + n
                    + " payoffs; expected "
                    + n
                    + " (one per player)"
                : "expected \"}\" closing outcome " + number + " but found " + lex.describe());
      }
      lex.next();
      return new Outcome(label, payoffs);
    }

    private int outcomeIndex(int numOutcomes) throws GameFormatException {
      String range = "0 (no outcome) to " + numOutcomes + " (the number of outcomes)";
      String v = lex.value();
      if (lex.kind() != Kind.WORD || !isDigits(v)) {
        throw lex.error("expected an outcome index from " + range + " but found " + lex.describe());
      }
      if (v.length() > 9 || Integer.parseInt(v) > numOutcomes) {
        throw lex.error("outcome index " + v + " is out of range; expected " + range);
      }
      return Integer.parseInt(v);
    }

    /** The current token as an exact payoff; {@code where} completes the error message. */
    private BigFraction payoff(String where) throws GameFormatException {
      BigFraction value = lex.kind() == Kind.WORD ? payoffs.parse(lex.value()) : null;
      if (value != null) {
        return value;
      }
      throw lex.error(
          "expected a payoff (integer, decimal or a/b)"
              + where
              + " but found "
              + lex.describe()
              + MessageText.nonFiniteNote(lex.value()));
    }

    private String playerLabel(int p) {
      return "player " + (p + 1) + " (" + MessageText.quote(playerNames.get(p)) + ")";
    }
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
