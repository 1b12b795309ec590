package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leverage.testing.Corpus;

/** {@code solve --method qre} and its options --lambda, --branch and --fit. */
class QreCliTest {

  private static final String G1 = Corpus.gamesDirectory().resolve("g1.nfg").toString();

  private static CliTest.Run run(String... args) {
    return CliTest.run(args);
  }

  @Test
  void printsTheLimitWithItsRegret() {
    CliTest.Run r = run("solve", G1, "--method", "qre");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("the limit of the principal logit branch"), r.out());
    // Gambit's limit for g1: 0.2, 0.8, 0.428571, 0.571429, 0.666667, 0.333333.
    assertTrue(
        r.out().matches("(?s).*Player 1\\s+1\\s+0\\.200000\\n\\s+2\\s+0\\.800000.*"), r.out());
    assertTrue(r.out().contains("0.428571") && r.out().contains("0.666667"), r.out());
    assertTrue(r.out().contains("regret: "), r.out());
  }

  @Test
  void jsonHasNumbersAsNumbers() throws Exception {
    CliTest.Run r = run("solve", G1, "--method", "qre", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    JsonNode eq = root.get("equilibria").get(0);
    assertTrue(eq.get("regret").isNumber());
    assertTrue(eq.get("regret").asDouble() < 1e-9);
    assertEquals(0.2, eq.get("profile").get(0).get(0).asDouble(), 1e-9);
    assertEquals("limit", root.get("kind").asText());
  }

  @Test
  void lambdaPrintsTheQreAtEachLambda() {
    CliTest.Run r = run("solve", G1, "--method", "qre", "--lambda", "0,0.5,2", "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(4, lines.length, r.out());
    assertEquals(
        "lambda,Player 1:1,Player 1:2,Player 2:1,Player 2:2,Player 3:1,Player 3:2", lines[0]);
    assertEquals("0.000000,0.500000,0.500000,0.500000,0.500000,0.500000,0.500000", lines[1]);
    assertTrue(lines[2].startsWith("0.500000,"), lines[2]);
    assertTrue(lines[3].startsWith("2.000000,"), lines[3]);
  }

  @Test
  void branchPrintsEveryTracedPoint() throws Exception {
    CliTest.Run text = run("solve", G1, "--method", "qre", "--branch");
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(text.out().contains("Principal logit branch: "), text.out());
    CliTest.Run json = run("solve", G1, "--method", "qre", "--branch", "--format", "json");
    JsonNode points = new ObjectMapper().readTree(json.out()).get("points");
    assertTrue(points.size() > 10);
    assertEquals(0, points.get(0).get("lambda").asDouble());
    double previous = -1;
    for (JsonNode p : points) {
      assertTrue(p.get("lambda").asDouble() > previous);
      previous = p.get("lambda").asDouble();
    }
    assertEquals(
        json.out(), run("solve", G1, "--method", "qre", "--branch", "--format", "json").out());
  }

  @Test
  void fitPrintsLambdaHatAndTheFittedProfile(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("freqs.csv");
    Files.writeString(
        csv,
        "player,strategy,count\n\"Player 1\",1,20\nPlayer 1,2,80\n2,1,43\n2,2,57\n"
            + "Player 3,1,67\nPlayer 3,2,33\n",
        StandardCharsets.UTF_8);
    CliTest.Run r =
        run("solve", G1, "--method", "qre", "--fit", csv.toString(), "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals("fit", root.get("kind").asText());
    assertTrue(root.get("lambda").asDouble() > 0);
    assertTrue(root.get("logLikelihood").asDouble() < 0);
    assertEquals(0.2, root.get("profile").get(0).get(0).asDouble(), 0.01);
    CliTest.Run text = run("solve", G1, "--method", "qre", "--fit", csv.toString());
    assertTrue(text.out().contains("Maximum-likelihood logit fit: lambda = "), text.out());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "player,strategy,count\\nPlayer 1,X,3; 3; freqs.csv:2: unknown strategy \"X\" of player 1",
        "player,strategy,count\\nNobody,1,3; 3; freqs.csv:2: unknown player \"Nobody\"",
        "player,strategy,count\\n1,1,-2; 3; freqs.csv:2: count must be a non-negative number but was"
            + " -2",
        "player,strategy,count\\n1,1,0\\n2,2,0; 3; freqs.csv: every count is zero",
        "player,strategy,count\\n1,1,2\\n1,1,3; 3; freqs.csv:3: strategy \"1\" of player \"1\" is"
            + " listed twice",
        "strategy,count\\n1,1; 3; freqs.csv:1: the first line must be the header"
            + " player,strategy,count",
        "player,strategy,count\\n1,1; 3; freqs.csv:2: expected 3 fields",
      })
  void badFrequencyFilesAreRefusedNamingFileAndLine(
      String content, int code, String message, @TempDir Path dir) throws Exception {
    Path csv = dir.resolve("freqs.csv");
    Files.writeString(csv, content.replace("\\n", "\n"), StandardCharsets.UTF_8);
    CliTest.Run r = run("solve", G1, "--method", "qre", "--fit", csv.toString());
    assertEquals(code, r.exitCode(), r.err());
    assertTrue(r.err().contains(message.replace("freqs.csv", csv.toString())), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "--method qre --lambda=-1; --lambda values must be non-negative and finite but one was -1.0",
        "--method qre --lambda 2,1; --lambda values must be strictly increasing, but 1.0 follows 2.0",
        "--method qre --lambda 1,1; --lambda values must be strictly increasing",
        "--method qre --lambda 1 --branch; choose one of --lambda, --branch and --fit",
        "--lambda 1; --lambda, --branch and --fit apply to --method qre, not to --method auto",
        "--method pure --branch; --lambda, --branch and --fit apply to --method qre, not to"
            + " --method pure",
        "--method qre --label 1; --label applies to --method lcp",
        "--method qre --exact; --exact does not apply to --method qre",
        "--method qre --lambda x; invalid value for option '--lambda'",
      })
  void badOptionsAreUsageErrors(String options, String message) {
    String[] extra = options.split(" ");
    String[] args = new String[2 + extra.length];
    args[0] = "solve";
    args[1] = G1;
    System.arraycopy(extra, 0, args, 2, extra.length);
    CliTest.Run r = run(args);
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains(message), r.err());
  }

  @Test
  void fitWithAnotherMethodIsAUsageError(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("freqs.csv");
    Files.writeString(csv, "player,strategy,count\n1,1,1\n", StandardCharsets.UTF_8);
    CliTest.Run r = run("solve", G1, "--method", "pure", "--fit", csv.toString());
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("apply to --method qre, not to --method pure"), r.err());
  }

  @Test
  void qreIsRefusedOnGameTrees() {
    CliTest.Run r = run("solve", "games/entry-deterrence.efg", "--method", "qre");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("method qre applies to normal-form games"), r.err());
  }
}
