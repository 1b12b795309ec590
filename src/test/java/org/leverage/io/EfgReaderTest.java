package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leverage.game.tree.ExtensiveGame;

class EfgReaderTest {

  static Stream<EfgCorpus.Entry> trees() {
    return EfgCorpus.trees().stream();
  }

  @Test
  void corpusHasTheTrees() {
    assertTrue(EfgCorpus.trees().size() > 150, "MANIFEST lists the corpus trees");
  }

  @ParameterizedTest
  @MethodSource("trees")
  void readsWithTheManifestShapeAndRoundTrips(EfgCorpus.Entry e) throws Exception {
    ExtensiveGame g = EfgCorpus.game(e.name());
    assertEquals(e.players(), g.numPlayers(), "players");
    Matcher m = Pattern.compile("infosets=(\\S+) pure=\\S+ nodes=(\\d+)").matcher(e.shape());
    assertTrue(m.find(), e.shape());
    assertEquals(Integer.parseInt(m.group(2)), g.numNodes(), "nodes");
    String[] perPlayer = m.group(1).split("/");
    for (int p = 1; p <= g.numPlayers(); p++) {
      assertEquals(Integer.parseInt(perPlayer[p - 1]), g.infosetsOf(p).size(), "infosets of " + p);
    }
    String text = EfgWriter.write(g);
    ExtensiveGame again = EfgReader.read("written", text);
    assertEquals(g, again);
    assertEquals(text, EfgWriter.write(again));
  }

  /** Gambit 16.7 refuses these because labels repeat; we read them (labels are descriptive). */
  @ParameterizedTest
  @ValueSource(strings = {"4cards", "caro2", "e10", "e10a", "nim", "nim7", "coord2ts", "holdout"})
  void readsTreesWithRepeatedLabelsThatGambit167Refuses(String name) throws Exception {
    assertTrue(
        EfgCorpus.resource("expected/" + name + ".efg.enumpure.err").orElse("").length() > 0,
        "Gambit refused " + name);
    ExtensiveGame g = EfgCorpus.game(name + ".efg");
    assertEquals(g, EfgReader.read("again", EfgWriter.write(g)));
  }

  @Test
  void readsNonTerminalOutcomesChanceAndUnaryBranches() throws Exception {
    ExtensiveGame g =
        EfgReader.read(
            "t.efg",
            """
            EFG 2 R "x \\"q\\"" { "A" "B" } "multi
            line comment"
            c "root" 1 "nature" { "h" 1/3 "l" .6666666666666666666666666666666666666666 } 0
            p "" 1 1 "i" { "only" } 1 "o1" { 1, -1 }
            t "" 2 "o2" { 1/2 -2e1 }
            p "" 2 1 "j" { "a" "b" } 0
            t "" 0
            t "" 2
            """
                .replace(".6666666666666666666666666666666666666666", "2/3"));
    assertEquals("x \"q\"", g.title());
    assertEquals("multi\nline comment", g.comment());
    assertEquals(6, g.numNodes());
    assertEquals(List.of(new BigFraction(1), new BigFraction(-1)), g.outcomePayoffs(1).get());
    assertEquals(List.of(new BigFraction(1, 2), new BigFraction(-20)), g.outcomePayoffs(2).get());
    assertEquals(g, EfgReader.read("w", EfgWriter.write(g)));
  }

  private static GameFormatException bad(String text) {
    return assertThrows(GameFormatException.class, () -> EfgReader.read("bad.efg", text));
  }

  private static final String HEAD = "EFG 2 R \"\" { \"1\" \"2\" }\n\"\"\n";

  @Test
  void rejectsChanceProbabilitiesNotSummingToOne() {
    GameFormatException e =
        bad(HEAD + "c \"\" 1 \"\" { \"a\" 1/2 \"b\" 1/3 } 0\nt \"\" 0\nt \"\" 0\n");
    assertEquals(3, e.line());
    assertTrue(e.problem().contains("sum to exactly 1 but sum to 5/6"), e.getMessage());
  }

  @Test
  void rejectsReusedInfosetWithOtherActionCount() {
    GameFormatException e =
        bad(
            HEAD
                + "p \"\" 1 1 \"\" { \"a\" \"b\" } 0\np \"\" 2 1 \"\" { \"x\" } 0\nt \"\" 0\n"
                + "p \"\" 2 1 \"\" { \"x\" \"y\" } 0\nt \"\" 0\nt \"\" 0\n");
    assertEquals(6, e.line());
    assertTrue(
        e.problem().contains("declared with 1 actions but is used here with 2"), e.getMessage());
  }

  @Test
  void rejectsPlayerNodeWithoutActions() {
    GameFormatException e = bad(HEAD + "p \"\" 1 1 \"\" { } 0\n");
    assertEquals(3, e.line());
    assertTrue(e.problem().contains("at least one action"), e.getMessage());
  }

  @Test
  void rejectsPlayerNumberOutOfRange() {
    GameFormatException e = bad(HEAD + "p \"\" 3 1 \"\" { \"a\" } 0\nt \"\" 0\n");
    assertEquals(3, e.line());
    assertTrue(e.problem().contains("between 1 and 2 but was 3"), e.getMessage());
  }

  @Test
  void rejectsTruncatedFile() {
    GameFormatException e = bad(HEAD + "p \"\" 1 1 \"\" { \"a\" \"b\" } 0\nt \"\" 0\n");
    assertEquals(4, e.line());
    assertTrue(e.problem().contains("1 more node(s) expected"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "NaN", "Infinity", "1/0", "0x10"})
  void rejectsNonNumericPayoffs(String payoff) {
    GameFormatException e = bad(HEAD + "t \"\" 1 \"\" { 1, " + payoff + " }\n");
    assertEquals(3, e.line());
    assertTrue(e.problem().contains("expected a number for payoff 2 of outcome 1"), e.getMessage());
  }

  @Test
  void rejectsDanglingReferences() {
    assertTrue(bad(HEAD + "p \"\" 1 1 0\n").problem().contains("without its list of actions"));
    assertTrue(bad(HEAD + "t \"\" 4\n").problem().contains("without its payoffs"));
  }

  @Test
  void rejectsTrailingNodesAndWrongPayoffCount() {
    assertTrue(bad(HEAD + "t \"\" 0\nt \"\" 0\n").problem().contains("file goes on"));
    assertTrue(bad(HEAD + "t \"\" 1 \"\" { 1 }\n").problem().contains("expected 2"));
    assertTrue(bad("NFG 1 R \"\" { \"1\" }\n").problem().contains("EFG"));
  }

  @Test
  void equalityIncludesLabels() throws Exception {
    String text = HEAD + "p \"n\" 1 1 \"\" { \"a\" \"b\" } 0\nt \"\" 0\nt \"\" 0\n";
    ExtensiveGame g = EfgReader.read("a", text);
    assertEquals(g, EfgReader.read("b", text));
    assertNotEquals(g, EfgReader.read("c", text.replace("\"n\"", "\"m\"")));
    assertFalse(g.equals(EfgReader.read("d", text.replace("\"b\"", "\"c\""))));
  }

  @Test
  void writesGambitsLayoutWithDetailsAtFirstAppearanceOnly() throws Exception {
    String in =
        HEAD
            + "c \"r\" 1 \"n\" { \"h\" 0.5 \"t\" 1/2 } 0\n"
            + "p \"\" 1 1 \"i\" { \"a\" \"b\" } 1 \"o\" { 1.50, -1 }\n"
            + "t \"\" 0\nt \"\" 1\n"
            + "p \"\" 1 1 \"i\" { \"a\" \"b\" } 0\nt \"\" 1 \"o\" { 1.5 -1 }\nt \"\" 0\n";
    String expected =
        "EFG 2 R \"\" { \"1\" \"2\" }\n\"\"\n\n"
            + "c \"r\" 1 \"n\" { \"h\" 1/2 \"t\" 1/2 } 0\n"
            + "p \"\" 1 1 \"i\" { \"a\" \"b\" } 1 \"o\" { 3/2, -1 }\n"
            + "t \"\" 0\nt \"\" 1\n"
            + "p \"\" 1 1 0\nt \"\" 1\nt \"\" 0\n";
    assertEquals(expected, EfgWriter.write(EfgReader.read("in", in)));
  }

  @Test
  void readsFromAPathNamingTheFileInErrors(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path ok = dir.resolve("ok.efg");
    java.nio.file.Files.writeString(ok, HEAD + "t \"\" 0\n");
    assertEquals(1, EfgReader.read(ok).numNodes());
    java.nio.file.Path broken = dir.resolve("broken.efg");
    java.nio.file.Files.writeString(broken, HEAD + "p \"\" 1 1 \"\" { \"a\" } 0\n");
    GameFormatException e = assertThrows(GameFormatException.class, () -> EfgReader.read(broken));
    assertEquals(broken.toString(), e.source());
    assertTrue(e.getMessage().startsWith(broken + ":3: "), e.getMessage());
  }
}
