package org.leverage.game.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.testing.Corpus;

/**
 * Names of information sets: the properties the rule promises on every tree of the Gambit corpus
 * (most of whose sets have no label), then names worked out by hand from the files.
 */
class InfosetNamesTest {

  static List<String> efgGames() {
    try (Stream<Path> files = Files.list(Corpus.gamesDirectory())) {
      List<String> names =
          files
              .map(f -> f.getFileName().toString())
              .filter(f -> f.endsWith(".efg"))
              .sorted()
              .toList();
      assertTrue(names.size() > 50, "the corpus has its trees");
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Names of one player's sets differ; labels stay; the same file gives the same names. */
  @ParameterizedTest
  @MethodSource("efgGames")
  void namesAreUniquePerPlayerKeepLabelsAndAreDeterministic(String name) {
    ExtensiveGame game = Corpus.efg("games/" + name);
    InfosetNames names = InfosetNames.of(game);
    Set<String> seen = new HashSet<>();
    for (Infoset s : game.infosets()) {
      String n = names.name(s);
      assertTrue(seen.add(s.player() + ":" + n), name + ": two sets of one player named " + n);
      long sameLabel =
          game.infosets().stream()
              .filter(o -> o.player() == s.player() && o.label().equals(s.label()))
              .count();
      if (!s.label().isBlank() && sameLabel == 1) {
        assertEquals(s.label(), n, name + ": a label is the name");
      } else if (s.label().isBlank()) {
        assertTrue(n.startsWith("after ") || n.equals("start"), name + ": " + n);
      }
    }
    assertEquals(names.names(), InfosetNames.of(Corpus.efg("games/" + name)).names());
  }

  private static List<String> names(String file) {
    ExtensiveGame game = Corpus.efg("games/" + file);
    InfosetNames names = InfosetNames.of(game);
    List<String> out = new ArrayList<>();
    for (Infoset s : game.infosets()) {
      out.add((s.isChance() ? "chance" : "p" + s.player()) + " " + names.name(s));
    }
    return out;
  }

  /** Alice sees her card; Bob sees her raise but not the card. */
  @Test
  void pokerNamesByTheCardAndTheRaise() {
    assertEquals(
        List.of("p1 after King", "p1 after Queen", "p2 after */Raise", "chance start"),
        names("doc_poker.efg"));
  }

  /** Player 2 does not see S or T; player 1's later sets differ by her first move. */
  @Test
  void entryAccommodationNamesTheRootAndTheHistories() {
    assertEquals(
        List.of("p1 start", "p1 after S/E", "p1 after T/E", "p2 after *"),
        names("entry_accommodation.efg"));
  }

  /** Labelled and unlabelled sets mixed: labels kept, the unlabelled one by its history. */
  @Test
  void labelsAreKeptBesideGeneratedNames() {
    assertEquals(
        List.of("p1 Infoset2", "p1 after U1/U2/U3", "p2 :1", "p2 Infoset3", "p3 :1", "p3 Infoset3"),
        names("2s2x2x2.efg"));
  }

  /** Each juror sees only the own signal: the third (fourth, fifth) move, the rest starred. */
  @Test
  void condorcetJuryNamesTheOwnSignal() {
    List<String> names = names("condjury.efg");
    assertEquals("p1 after */Signal Guilty/*/*", names.get(0));
    assertEquals("p3 after */*/*/Signal Innocent/*/*", names.get(5));
  }

  /**
   * A Bayesian game: with {@code *}, both sets of a player would be {@code after *}, so the types
   * each set stands for are spelled out.
   */
  @Test
  void coincidingNamesSpellOutTheDifferingMoves() {
    assertEquals(
        List.of(
            "p1 after (MP|PD)",
            "p1 after (Coord|BoS)",
            "p2 after (MP|Coord)/(U|D)",
            "p2 after (PD|BoS)/(U|D)",
            "chance start"),
        names("catalog_books_shohamleytonbrown2008_fig6_8.efg"));
  }

  /** The two selves' sets lie at different depths: the whole histories, nodes in file order. */
  @Test
  void setsAcrossDepthsListTheirHistories() {
    assertEquals(
        List.of("p1 after (1|2/B)", "p1 after (1/B|2)", "chance start"),
        names("catalog_journals_geb_gilboa1997_fig2.efg"));
  }

  /** Chance's actions are all labelled "1/3": they are told apart by number. */
  @Test
  void repeatedActionLabelsAreWrittenAsNumbers() {
    List<String> names = names("catalog_journals_mor_vonstengelforges2008_fig9.efg");
    assertEquals(
        List.of("p2 after 1", "p2 after 2", "p2 after 3"),
        names.stream().filter(n -> n.startsWith("p2")).toList());
  }

  /** Two sets of a player share the label "(1,1)": both get their number. */
  @Test
  void repeatedLabelsGetTheSetNumber() {
    assertEquals(
        List.of("p1 (1,1) #1", "p1 (1,1) #2", "p2 (2,1) #1", "p2 (2,1) #2"), names("coord2ts.efg"));
  }

  private static final List<String> AB = List.of("a", "b");

  /** A chain of one player's moves: {@code depth} moves "m1".."m{depth}", then a set "end". */
  private static ExtensiveGame chain(int depth) {
    ExtensiveGame.Builder b = ExtensiveGame.builder("", "", List.of("1"));
    for (int d = 1; d <= depth; d++) {
      b.infoset(1, d, "", List.of("m" + d, "stop")).decision("", 1, d, 0);
    }
    b.infoset(1, depth + 1, "", List.of("x")).decision("", 1, depth + 1, 0).terminal("", 0);
    for (int d = 1; d <= depth; d++) {
      b.terminal("", 0);
    }
    return b.build();
  }

  @Test
  void longHistoriesKeepTheirFirstAndLastMoves() {
    InfosetNames eight = InfosetNames.of(chain(8));
    assertEquals("after m1/m2/m3/m4/m5/m6/m7/m8", eight.name(8));
    InfosetNames ten = InfosetNames.of(chain(10));
    assertEquals("start", ten.name(0));
    assertEquals("after m1/m2/m3/.../m7/m8/m9/m10", ten.name(10));
  }

  /**
   * Labels "x", "x" and "x #1": numbering the first two would give "x #1" twice, so every set of
   * the player gets its number, which no two share.
   */
  @Test
  void suffixesStayUniqueAgainstLabelsThatLookLikeThem() {
    ExtensiveGame g =
        ExtensiveGame.builder("", "", List.of("1"))
            .infoset(1, 1, "x", AB)
            .decision("", 1, 1, 0)
            .infoset(1, 2, "x", AB)
            .decision("", 1, 2, 0)
            .terminal("", 0)
            .terminal("", 0)
            .infoset(1, 3, "x #1", AB)
            .decision("", 1, 3, 0)
            .terminal("", 0)
            .terminal("", 0)
            .build();
    assertEquals(List.of("x #1", "x #2", "x #1 #3"), InfosetNames.of(g).names());
  }

  /**
   * A set whose nodes lie at different depths: after a, P2's "go" leads to it; after b, chance's
   * "c" then P2's "go". The shared last move stays.
   */
  @Test
  void unevenSetKeepsTheMovesItsNodesShare() {
    ExtensiveGame g =
        ExtensiveGame.builder("", "", List.of("1", "2"))
            .infoset(2, 1, "", AB)
            .decision("", 2, 1, 0)
            .infoset(2, 2, "", List.of("go"))
            .decision("", 2, 2, 0)
            .infoset(1, 1, "", List.of("l", "r"))
            .decision("", 1, 1, 0)
            .terminal("", 0)
            .terminal("", 0)
            .chanceInfoset(1, "", List.of("c"), List.of(BigFraction.ONE))
            .chance("", 1, 0)
            .infoset(2, 3, "", List.of("go"))
            .decision("", 2, 3, 0)
            .decision("", 1, 1, 0)
            .terminal("", 0)
            .terminal("", 0)
            .build();
    InfosetNames names = InfosetNames.of(g);
    assertEquals("after .../go", names.name(0));
    assertEquals(List.of("start", "after a", "after b/c"), names.names().subList(1, 4));
  }

  /**
   * The absent-minded driver's one set shares no move: its histories are listed; so says the
   * message.
   */
  @Test
  void absentMindedSetIsNamedInTheMessage() {
    ExtensiveGame g =
        ExtensiveGame.builder("", "", List.of("1"))
            .infoset(1, 1, "", List.of("exit", "go"))
            .decision("", 1, 1, 0)
            .terminal("", 0)
            .decision("", 1, 1, 0)
            .terminal("", 0)
            .terminal("", 0)
            .build();
    assertEquals("after (start|go)", InfosetNames.of(g).name(0));
    assertEquals(
        "player 1's information set 1 (\"after (start|go)\") is absent-minded: nodes 0 and 2 lie"
            + " on one path",
        g.perfectRecallViolation().orElseThrow());
  }
}
