package org.leverage.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.numeric.Rationals;

/**
 * Reads Gambit's extensive-game format ({@code .efg}, version 2), as documented in Gambit's
 * "extensive game (.efg) file format" and accepted by Gambit's own reader:
 *
 * <pre>
 * EFG 2 R "title" { "Player 1" "Player 2" }
 * "optional comment"
 * p "node" player infoset ["infoset label" [{ "a" "b" }]] outcome ["label" [{ 1, -1 }]]
 * c "node" infoset ["label" [{ "a" 1/2 "b" 1/2 }]] outcome ...
 * t "node" outcome ["label" [{ payoffs }]]
 * </pre>
 *
 * Nodes come in preorder; an information set's actions (and a chance set's probabilities) and an
 * outcome's payoffs must be given at its first appearance and may be repeated later (repeats must
 * agree in number of actions, probabilities and payoffs; later labels are ignored). Outcome 0 means
 * none. Numbers are read exactly: integers, decimals ({@code .80}, {@code 1e-3}) and fractions
 * ({@code 19/20}).
 *
 * <p>Decision: labels are descriptive, not identifiers. Gambit 16.7 refuses files whose node or
 * information-set labels repeat; this reader accepts them, because the numbers (not the labels)
 * identify sets and outcomes.
 *
 * <p>Every problem is a one-line {@link GameFormatException} naming the source, the line and the
 * rule broken. Files are strict UTF-8 of at most 512 MiB, as for every reader. Reading is linear in
 * the file size and does not recurse.
 */
public final class EfgReader {

  private static final Pattern SMALL_INT = Pattern.compile("-?\\d{1,9}");

  private EfgReader() {}

  /** Reads the file at {@code path}; its name is the source in messages. */
  public static ExtensiveGame read(Path path) throws IOException, GameFormatException {
    return read(path.toString(), TextInput.read(path));
  }

  /**
   * Reads a game from {@code text}.
   *
   * @param source the name used in messages (usually the file name)
   */
  public static ExtensiveGame read(String source, String text) throws GameFormatException {
    TextInput.checkText(source, text);
    return new Parser(source, text).parse();
  }

  private record Token(Kind kind, String text, int line) {}

  private enum Kind {
    WORD,
    STRING,
    OPEN,
    CLOSE,
    END
  }

  private static final class Parser {
    private final String source;
    private final String text;
    private int pos;
    private int line = 1;
    private Token peeked;
    private int lastLine = 1;

    Parser(String source, String text) {
      this.source = source;
      this.text = text;
    }

    ExtensiveGame parse() throws GameFormatException {
      Token magic = next();
      if (magic.kind != Kind.WORD || !magic.text.equals("EFG")) {
        throw error(magic, "expected \"EFG\" at the start of an extensive game file");
      }
      Token version = next();
      if (version.kind != Kind.WORD || !version.text.equals("2")) {
        throw error(version, "expected format version 2 after EFG but found " + show(version));
      }
      Token type = next();
      if (type.kind != Kind.WORD || !(type.text.equals("R") || type.text.equals("D"))) {
        throw error(type, "expected number type R or D after the version but found " + show(type));
      }
      String title = expectString("the game title");
      expect(Kind.OPEN, "\"{\" opening the list of players");
      List<String> players = new ArrayList<>();
      while (peek().kind == Kind.STRING) {
        players.add(next().text);
      }
      expect(Kind.CLOSE, "a quoted player name or \"}\" closing the list of players");
      if (players.isEmpty()) {
        throw error(peek(), "the game must have at least one player");
      }
      String comment = peek().kind == Kind.STRING ? next().text : "";
      ExtensiveGame.Builder b = ExtensiveGame.builder(title, comment, players);
      while (b.missingNodes() > 0) {
        Token t = next();
        if (t.kind == Kind.END) {
          throw error(
              t,
              "unexpected end of file: the tree is incomplete, "
                  + b.missingNodes()
                  + " more node(s) expected");
        }
        if (t.kind != Kind.WORD
            || !(t.text.equals("p") || t.text.equals("c") || t.text.equals("t"))) {
          throw error(t, "expected a node type p, c or t but found " + show(t));
        }
        try {
          node(b, t, players.size());
        } catch (IllegalArgumentException e) {
          throw error(t, e.getMessage());
        }
      }
      Token rest = next();
      if (rest.kind != Kind.END) {
        throw error(rest, "the tree is complete but the file goes on with " + show(rest));
      }
      return b.build();
    }

    private void node(ExtensiveGame.Builder b, Token type, int numPlayers)
        throws GameFormatException {
      String label = expectString("the node label");
      switch (type.text) {
        case "p" -> {
          Token pt = peek();
          int player = expectInt("the player number");
          if (player < 1 || player > numPlayers) {
            throw error(
                pt, "player number must be between 1 and " + numPlayers + " but was " + player);
          }
          Token it = peek();
          int infoset = expectInt("the information set number");
          checkPositive(it, infoset, "information set number");
          String setLabel = peek().kind == Kind.STRING ? next().text : "";
          if (peek().kind == Kind.OPEN) {
            Token open = next();
            List<String> actions = new ArrayList<>();
            while (peek().kind == Kind.STRING) {
              actions.add(next().text);
            }
            expect(Kind.CLOSE, "a quoted action label or \"}\" closing the actions");
            if (actions.isEmpty()) {
              throw error(open, "a player node must have at least one action");
            }
            b.infoset(player, infoset, setLabel, actions);
          } else if (!b.isDeclared(player, infoset)) {
            throw error(
                it,
                "information set "
                    + infoset
                    + " of player "
                    + player
                    + " appears for the first time without its list of actions");
          }
          int outcome = outcome(b, numPlayers);
          b.decision(label, player, infoset, outcome);
        }
        case "c" -> {
          Token it = peek();
          int infoset = expectInt("the chance information set number");
          checkPositive(it, infoset, "information set number");
          String setLabel = peek().kind == Kind.STRING ? next().text : "";
          if (peek().kind == Kind.OPEN) {
            Token open = next();
            List<String> actions = new ArrayList<>();
            List<BigFraction> probs = new ArrayList<>();
            while (peek().kind == Kind.STRING) {
              actions.add(next().text);
              probs.add(
                  number(
                      "the probability of chance action "
                          + MessageText.quote(actions.get(actions.size() - 1))));
            }
            expect(Kind.CLOSE, "a quoted action label or \"}\" closing the chance actions");
            if (actions.isEmpty()) {
              throw error(open, "a chance node must have at least one action");
            }
            b.chanceInfoset(infoset, setLabel, actions, probs);
          } else if (!b.isDeclared(0, infoset)) {
            throw error(
                it,
                "chance information set "
                    + infoset
                    + " appears for the first time without its actions and probabilities");
          }
          int outcome = outcome(b, numPlayers);
          b.chance(label, infoset, outcome);
        }
        default -> b.terminal(label, outcome(b, numPlayers));
      }
    }

    private int outcome(ExtensiveGame.Builder b, int numPlayers) throws GameFormatException {
      Token ot = peek();
      int outcome = expectInt("the outcome number (0 for none)");
      if (outcome < 0) {
        throw error(ot, "outcome number must be >= 0 but was " + outcome);
      }
      String outcomeLabel = peek().kind == Kind.STRING ? next().text : "";
      if (peek().kind == Kind.OPEN) {
        Token open = next();
        List<BigFraction> payoffs = new ArrayList<>();
        while (peek().kind == Kind.WORD) {
          payoffs.add(number("payoff " + (payoffs.size() + 1) + " of outcome " + outcome));
        }
        expect(Kind.CLOSE, "a payoff or \"}\" closing the payoffs");
        if (outcome == 0) {
          throw error(open, "outcome 0 means no outcome and cannot have payoffs");
        }
        if (payoffs.size() != numPlayers) {
          throw error(
              open,
              "outcome "
                  + outcome
                  + " has "
                  + payoffs.size()
                  + " payoffs; expected "
                  + numPlayers
                  + " (one per player)");
        }
        b.outcome(outcome, outcomeLabel, payoffs);
      } else if (outcome > 0 && !b.isOutcomeDeclared(outcome)) {
        throw error(ot, "outcome " + outcome + " appears for the first time without its payoffs");
      }
      return outcome;
    }

    private void checkPositive(Token t, int value, String what) throws GameFormatException {
      if (value < 1) {
        throw error(t, what + " must be positive but was " + value);
      }
    }

    private BigFraction number(String what) throws GameFormatException {
      Token t = next();
      Optional<BigFraction> x = t.kind == Kind.WORD ? Rationals.parse(t.text) : Optional.empty();
      if (x.isEmpty()) {
        throw error(
            t,
            "expected a number for "
                + what
                + " but found "
                + show(t)
                + MessageText.nonFiniteNote(t.text));
      }
      return x.get();
    }

    private int expectInt(String what) throws GameFormatException {
      Token t = next();
      if (t.kind == Kind.WORD && SMALL_INT.matcher(t.text).matches()) {
        return Integer.parseInt(t.text);
      }
      throw error(t, "expected an integer for " + what + " but found " + show(t));
    }

    private String expectString(String what) throws GameFormatException {
      Token t = next();
      if (t.kind != Kind.STRING) {
        throw error(t, "expected a quoted string for " + what + " but found " + show(t));
      }
      return t.text;
    }

    private void expect(Kind kind, String what) throws GameFormatException {
      Token t = next();
      if (t.kind != kind) {
        throw error(t, "expected " + what + " but found " + show(t));
      }
    }

    private static String show(Token t) {
      return switch (t.kind) {
        case END -> "the end of the file";
        case STRING -> "the string " + MessageText.quote(t.text);
        default -> MessageText.quote(t.text);
      };
    }

    private GameFormatException error(Token t, String problem) {
      // Labels inside messages from the game model may hold line breaks; keep one line.
      String oneLine = problem.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
      return new GameFormatException(source, t.line, oneLine);
    }

    private Token peek() throws GameFormatException {
      if (peeked == null) {
        peeked = scan();
      }
      return peeked;
    }

    private Token next() throws GameFormatException {
      Token t = peek();
      peeked = null;
      return t;
    }

    private Token scan() throws GameFormatException {
      // Commas separate payoffs in Gambit's output but carry no meaning: skip them as blanks.
      while (pos < text.length()
          && (Character.isWhitespace(text.charAt(pos)) || text.charAt(pos) == ',')) {
        if (text.charAt(pos) == '\n') {
          line++;
        }
        pos++;
      }
      if (pos >= text.length()) {
        return new Token(Kind.END, "", lastLine);
      }
      int start = line;
      lastLine = line;
      char c = text.charAt(pos);
      if (c == '{') {
        pos++;
        return new Token(Kind.OPEN, "{", start);
      }
      if (c == '}') {
        pos++;
        return new Token(Kind.CLOSE, "}", start);
      }
      if (c == '"') {
        StringBuilder s = new StringBuilder();
        pos++;
        while (true) {
          if (pos >= text.length()) {
            throw new GameFormatException(source, start, "unterminated quoted string");
          }
          char d = text.charAt(pos++);
          if (d == '"') {
            break;
          }
          if (d == '\\' && pos < text.length()) {
            d = text.charAt(pos++);
          }
          if (d == '\n') {
            line++;
          }
          s.append(d);
        }
        lastLine = line;
        return new Token(Kind.STRING, s.toString(), start);
      }
      int begin = pos;
      while (pos < text.length()) {
        char d = text.charAt(pos);
        if (Character.isWhitespace(d) || d == ',' || d == '{' || d == '}' || d == '"') {
          break;
        }
        pos++;
      }
      return new Token(Kind.WORD, text.substring(begin, pos), start);
    }
  }
}
