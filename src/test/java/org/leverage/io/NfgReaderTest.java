package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Outcome;
import org.leverage.game.Player;

class NfgReaderTest {

  static List<Path> corpus() throws IOException {
    return NfgCorpus.nfgFiles();
  }

  /** Players and shape of every .nfg as listed in the corpus's MANIFEST.tsv. */
  private static Map<String, String[]> manifest() throws IOException {
    Map<String, String[]> rows = new HashMap<>();
    List<String> lines = Files.readAllLines(NfgCorpus.game("MANIFEST.tsv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f[0].endsWith(".nfg")) {
        rows.put(f[0], new String[] {f[3], f[4]});
      }
    }
    return rows;
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void everyCorpusGameReadsWithTheManifestShape(Path file) throws Exception {
    NormalFormGame g = NfgReader.read(file);
    String[] expected = manifest().get(file.getFileName().toString());
    assertTrue(expected != null, "MANIFEST.tsv lists " + file.getFileName());
    StringBuilder shape = new StringBuilder();
    for (Player p : g.players()) {
      shape.append(shape.length() == 0 ? "" : "x").append(p.numStrategies());
    }
    assertEquals(Integer.parseInt(expected[0]), g.numPlayers());
    assertEquals(expected[1], shape.toString());
  }

  /**
   * Regression (usability issue): a 16-byte file declaring 4000 x 4000 made the reader allocate the
   * 32 million payoffs before finding that the file ends; the header is refused first.
   */
  @Test
  void aHeaderDeclaringMoreThanTheFileHoldsIsRefusedBeforeAllocating() {
    String tiny = "NFG 1 R \"\" { \"A\" \"B\" } { 4000 4000 }\n\"\"\n1 2 3 4\n";
    GameFormatException e =
        assertThrows(GameFormatException.class, () -> NfgReader.read("tiny.nfg", tiny));
    assertEquals(
        "tiny.nfg:3: the header declares 32000000 payoffs (16000000 cells x 2 players) but the"
            + " rest of the file can hold at most 5 numbers; check the strategy counts",
        e.getMessage());
    String outcomes =
        "NFG 1 R \"\" { \"A\" \"B\" } { { \"a\" \"b\" } { \"c\" \"d\" } }"
            + "\n\"\"\n{ { \"\" 1, 2 } }\n1 1 1\n";
    e = assertThrows(GameFormatException.class, () -> NfgReader.read("four.nfg", outcomes));
    assertTrue(e.getMessage().contains("file ends after 3 of 4 outcome indices"), e.getMessage());
  }

  @Test
  void exactlyAsManyNumbersAsTheFileHoldsAreRead() throws Exception {
    NormalFormGame g =
        NfgReader.read("snug.nfg", "NFG 1 R \"\" { \"A\" \"B\" } { 2 2 }\n1 2 3 4 5 6 7 8");
    assertEquals(f(8, 1), g.payoff(1, g.cellIndex(1, 1)));
  }

  @Test
  void manifestListsEveryCorpusFile() throws IOException {
    assertEquals(manifest().keySet().size(), corpus().size());
  }

  private static BigFraction f(long n, long d) {
    return new BigFraction(n, d);
  }

  private static BigFraction f(long n) {
    return new BigFraction(n);
  }

  @Test
  void e04PayoffVersionWithStrategyCounts() throws Exception {
    NormalFormGame g = NfgReader.read(NfgCorpus.game("e04.nfg"));
    assertEquals("Kreps-Wilson (Econometrica, 85), Figures 1,4,9,14, normal form", g.title());
    assertEquals(List.of("1", "2", "3"), g.players().get(0).strategies());
    assertFalse(g.outcomeTable().isPresent());
    // 0 0 -1 2 -2 -2 0 0 -1 0 3 -1: the first player's strategy varies fastest.
    assertEquals(f(-1), g.payoff(0, g.cellIndex(1, 0)));
    assertEquals(f(2), g.payoff(1, g.cellIndex(1, 0)));
    assertEquals(f(-2), g.payoff(1, g.cellIndex(2, 0)));
    assertEquals(f(3), g.payoff(0, g.cellIndex(2, 1)));
    assertEquals(f(-1), g.payoff(1, g.cellIndex(2, 1)));
  }

  @Test
  void coordinationOutcomeVersionKeepsItsOutcomeTable() throws Exception {
    NormalFormGame g = NfgReader.read(NfgCorpus.game("coordination_4x4_outcome.nfg"));
    assertEquals(List.of("2-1", "2-2", "2-3", "2-4"), g.players().get(1).strategies());
    List<Outcome> outcomes = g.outcomeTable().orElseThrow().outcomes();
    assertEquals(new Outcome("Coord", List.of(f(1), f(1))), outcomes.get(0));
    assertEquals(new Outcome("Miscoord", List.of(f(0), f(0))), outcomes.get(1));
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        BigFraction expected = i == j ? f(1) : f(0);
        assertEquals(expected, g.payoff(0, g.cellIndex(i, j)));
        assertEquals(expected, g.payoff(1, g.cellIndex(i, j)));
      }
    }
  }

  @Test
  void todd3RationalsAreExact() throws Exception {
    NormalFormGame g = NfgReader.read(NfgCorpus.game("todd3.nfg"));
    assertEquals(f(2, 7), g.payoff(0, g.cellIndex(4, 0)));
    assertEquals(f(3, 19), g.payoff(0, g.cellIndex(5, 0)));
    assertEquals(f(7, 38), g.payoff(0, g.cellIndex(6, 0)));
    assertEquals(f(7, 19), g.payoff(0, g.cellIndex(6, 3)));
    assertEquals(f(1), g.payoff(1, g.cellIndex(6, 3)));
  }

  @Test
  void cent2OutcomesWithoutCommas() throws Exception {
    NormalFormGame g = NfgReader.read(NfgCorpus.game("cent2.nfg"));
    assertEquals(List.of("1*11", "2111", "2211"), g.players().get(0).strategies());
    // Cells 0 and 1 point to outcomes 1 and 4: { "" 0.811000 0.274000 }, { "" 0.564 1.566 }.
    assertEquals(f(811, 1000), g.payoff(0, 0));
    assertEquals(f(274, 1000), g.payoff(1, 0));
    assertEquals(f(564, 1000), g.payoff(0, 1));
    assertEquals(f(1566, 1000), g.payoff(1, 1));
    assertEquals(9, g.outcomeTable().orElseThrow().outcomes().size());
  }

  @Test
  void wink3NamedStrategiesThenPayoffVersion() throws Exception {
    NormalFormGame g = NfgReader.read(NfgCorpus.game("wink3.nfg"));
    assertFalse(g.outcomeTable().isPresent());
    assertEquals("", g.comment());
    assertEquals(f(1), g.payoff(0, 0));
    assertEquals(f(3), g.payoff(1, 0));
    assertEquals(f(4), g.payoff(1, g.cellIndex(2, 0)));
    assertEquals(f(3), g.payoff(1, g.cellIndex(2, 2)));
  }

  @Test
  void duplicateStrategyLabelsAreKept() throws Exception {
    NormalFormGame g = NfgReader.read(NfgCorpus.game("2x2_bimatrix_all_zero_payoffs.nfg"));
    assertEquals(List.of("defect", "defect"), g.players().get(1).strategies());
  }

  @Test
  void escapedQuotesCommentsAndExponents() throws Exception {
    NormalFormGame g =
        NfgReader.read(
            "t.nfg", "NFG 1 D \"say \\\"hi\\\"\" { \"A\" } { 2 }\n\"two\nlines\"\n1.5e2 -3/6\n");
    assertEquals("say \"hi\"", g.title());
    assertEquals("two\nlines", g.comment());
    assertEquals(f(150), g.payoff(0, 0));
    assertEquals(f(-1, 2), g.payoff(0, 1));
  }

  @Test
  void equalPayoffTextsShareOneFraction() throws Exception {
    NormalFormGame g = NfgReader.read("t.nfg", "NFG 1 R \"\" { \"A\" \"B\" } { 2 1 } 7/3 1 7/3 1");
    assertSame(g.payoff(0, 0), g.payoff(0, 1));
  }

  // ---- malformed input: each names the line and what was expected ----

  private static GameFormatException refused(String text) {
    return assertThrows(GameFormatException.class, () -> NfgReader.read("bad.nfg", text));
  }

  private static void assertRefused(String text, int line, String part) {
    GameFormatException e = refused(text);
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains(part), e.getMessage());
    assertTrue(e.getMessage().startsWith("bad.nfg:"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
  }

  private static final String PD_HEADER = "NFG 1 R \"pd\" { \"1\" \"2\" }\n{ 2 2 }\n\"\"\n\n";

  @Test
  void truncatedPayoffs() {
    assertRefused(PD_HEADER + "9 9\n10 0\n0 10\n1\n", 8, "file ends after 7 of 8 payoffs");
  }

  @Test
  void tooManyPayoffs() {
    assertRefused(PD_HEADER + "9 9 10 0 0 10 1 1\n5\n", 6, "too many payoffs: expected 8");
  }

  @Test
  void nonNumericPayoff() {
    assertRefused(
        PD_HEADER + "9 9\n10 0\n0 10\n1 abc\n",
        8,
        "expected a payoff (integer, decimal or a/b) but found \"abc\"");
  }

  @Test
  void nanPayoff() {
    assertRefused(PD_HEADER + "9 NaN 10 0 0 10 1 1", 5, "found \"NaN\" (NaN and infinities");
  }

  @Test
  void infinitePayoff() {
    assertRefused(PD_HEADER + "9 9 10 0\n0 -Infinity 1 1", 6, "found \"-Infinity\"");
  }

  @Test
  void zeroDenominator() {
    assertRefused(PD_HEADER + "9 9 10 0 0 10 1 1/0", 5, "found \"1/0\"");
  }

  @Test
  void zeroPlayers() {
    assertRefused("NFG 1 R \"none\" { }\n{ }\n", 1, "no players");
  }

  @Test
  void playerWithZeroStrategies() {
    assertRefused("NFG 1 R \"\" { \"a\" \"b\" }\n{ 2 0 }\n1 1 1 1", 2, "(\"b\") has 0 strategies");
  }

  @Test
  void playerWithNoStrategyNames() {
    assertRefused(
        "NFG 1 R \"\" { \"a\" \"b\" }\n{ { \"x\" }\n { } }\n1 1", 3, "(\"b\") has no strategies");
  }

  @Test
  void fewerStrategyCountsThanPlayers() {
    assertRefused(
        "NFG 1 R \"\" { \"a\" \"b\" }\n{ 2 }\n1 1", 2, "number of strategies of player 2");
  }

  @Test
  void hugeDeclaredSizeIsRefusedBeforeAllocating() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () ->
            assertRefused(
                "NFG 1 R \"\" { \"a\" \"b\" \"c\" }\n{ 100000 100000 100000 }\n1 2 3",
                2,
                "shape 100000x100000x100000 has 3000000000000000 payoff entries"));
    assertRefused(
        "NFG 1 R \"\" { \"a\" }\n{ 123456789012345678901234567890 }\n1", 2, "payoff entries");
  }

  @Test
  void emptyFile() {
    assertRefused("", 1, "file is empty");
    assertRefused("  \n\n ", 1, "file is empty");
  }

  @Test
  void notAnNfgFile() {
    assertRefused("version: 1\ntype: normal-form\n", 1, "expected NFG");
  }

  @Test
  void binaryGarbageIsRefused() {
    assertRefused("NFG 1 R \"\" {\n \0\u0001\u0002", 2, "NUL character");
  }

  @Test
  void invalidUtf8FileIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("garbage.nfg");
    byte[] bytes = "NFG 1 R \"x\n\"".getBytes(StandardCharsets.US_ASCII);
    byte[] garbage = new byte[bytes.length + 3];
    System.arraycopy(bytes, 0, garbage, 0, bytes.length);
    garbage[bytes.length] = (byte) 0xC3;
    garbage[bytes.length + 1] = (byte) 0x28;
    garbage[bytes.length + 2] = (byte) 0xFF;
    Files.write(file, garbage);
    GameFormatException e = assertThrows(GameFormatException.class, () -> NfgReader.read(file));
    assertEquals(2, e.line());
    assertTrue(
        e.getMessage().contains("byte 0xC3 at offset 12 is not valid UTF-8"), e.getMessage());
  }

  @Test
  void unterminatedString() {
    assertRefused(
        "NFG 1 R \"pd\" { \"1\" \"2\" }\n{ { \"a\n\n",
        2,
        "unterminated string \"a\\n\\n\": the file ends");
  }

  @Test
  void outcomeIndexOutOfRange() {
    assertRefused(
        "NFG 1 R \"\" { \"1\" \"2\" } { 2 1 }\n{ { \"w\" 1, 0 }\n{ \"l\" 0 1 } }\n1\n3\n",
        5,
        "outcome index 3 is out of range; expected 0 (no outcome) to 2");
  }

  @Test
  void outcomeWithTooFewPayoffs() {
    assertRefused(
        "NFG 1 R \"\" { \"1\" \"2\" } { 2 1 }\n{ { \"w\" 1, 0 }\n{ \"l\" 0 } }\n1 2",
        3,
        "outcome 2 has 1 payoffs; expected 2");
  }

  @Test
  void truncatedOutcomeIndices() {
    assertRefused(
        "NFG 1 R \"\" { \"1\" \"2\" } { 2 1 }\n{ { \"w\" 1, 0 } }\n1\n",
        3,
        "file ends after 1 of 2 outcome indices");
  }

  @Test
  void headerWithoutBody() {
    assertRefused("NFG 1 R \"\" { \"1\" } { 2 }\n\"comment\"\n", 2, "file ends after the header");
  }

  /** A 1000x1000 payoff-version game: 2 million payoffs, loaded by one linear pass. */
  @Test
  void largePayoffVersionGameLoads() throws Exception {
    int m = 1000;
    Random random = new Random(42);
    StringBuilder sb = new StringBuilder("NFG 1 R \"big\" { \"1\" \"2\" } { 1000 1000 }\n\n");
    int[] first = new int[2];
    for (int c = 0; c < m * m; c++) {
      for (int p = 0; p < 2; p++) {
        int v = random.nextInt(201) - 100;
        if (c == 0) {
          first[p] = v;
        }
        sb.append(v).append(p == 1 ? '\n' : ' ');
      }
    }
    String text = sb.toString();
    NormalFormGame g =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> NfgReader.read("big.nfg", text));
    assertEquals(m * m, g.numCells());
    assertEquals(f(first[0]), g.payoff(0, 0));
    assertEquals(f(first[1]), g.payoff(1, 0));
  }
}
