package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.model.ParameterKey;

/** {@code leverage sensitivity --montecarlo}: same seed, same bytes, for any thread count. */
class MonteCarloCliTest {

  private static final String[] SMALL = {
    "sensitivity",
    "games/chip-export-controls.yaml",
    "--set",
    "self_sufficiency0=0.1",
    "--set",
    "grid_s=11",
    "--set",
    "chokepoint0=0.8",
    "--set",
    "grid_e=6",
    "--set",
    "horizon_periods=8",
    "--montecarlo",
    "12",
    "--sobol",
    "--lhs",
    "--seed",
    "7",
    "--format",
    "json"
  };

  private static CliTest.Run run(String threads) {
    String[] args = Arrays.copyOf(SMALL, SMALL.length + 2);
    args[SMALL.length] = "--threads";
    args[SMALL.length + 1] = threads;
    return CliTest.run(args);
  }

  @Test
  void sameSeedSameBytesForOneAndTwoThreads() {
    CliTest.Run one = run("1");
    CliTest.Run two = run("2");
    assertEquals(0, one.exitCode(), one.err());
    assertEquals(one.out(), two.out());
    assertTrue(one.out().contains("\"draws\" : 12"), one.out());
    assertTrue(one.out().contains("\"method\" : \"latin-hypercube\""), one.out());
    assertTrue(one.out().contains("\"sobol\" : {"), one.out());
    assertTrue(one.out().contains("\"military_risk_weight\" : {"), one.out());
  }

  @Test
  void badMonteCarloRequestsAreUsageErrors() {
    CliTest.Run alone =
        CliTest.run(
            "sensitivity", "games/chip-export-controls.yaml", "--montecarlo", "5", "--tornado");
    assertEquals(2, alone.exitCode(), alone.err());
    CliTest.Run few =
        CliTest.run("sensitivity", "games/chip-export-controls.yaml", "--montecarlo", "1");
    assertEquals(2, few.exitCode(), few.err());
    assertTrue(few.err().contains("--montecarlo needs at least 2 draws"), few.err());
    CliTest.Run lhs = CliTest.run("sensitivity", "games/chip-export-controls.yaml", "--lhs");
    assertEquals(2, lhs.exitCode(), lhs.err());
  }

  @Test
  void chunksMergeIntoExactlyTheOutputOfOneRun(@TempDir Path dir) throws Exception {
    CliTest.Run whole = run("2");
    String prefix = dir.resolve("run").toString();
    for (String chunk : new String[] {"2/3", "1/3", "3/3"}) {
      String[] args = Arrays.copyOf(SMALL, SMALL.length + 4);
      args[SMALL.length] = "--chunk";
      args[SMALL.length + 1] = chunk;
      args[SMALL.length + 2] = "--out";
      args[SMALL.length + 3] = prefix + "-" + chunk.charAt(0);
      CliTest.Run part = CliTest.run(args);
      assertEquals(0, part.exitCode(), part.err());
    }
    CliTest.Run merged =
        CliTest.run(
            "merge",
            prefix + "-3.montecarlo.csv",
            prefix + "-1.montecarlo.csv",
            prefix + "-2.montecarlo.csv",
            prefix + "-2.sobol.csv",
            prefix + "-1.sobol.csv",
            prefix + "-3.sobol.csv",
            "--format",
            "json");
    assertEquals(0, merged.exitCode(), merged.err());
    assertEquals(whole.out(), merged.out());
    CliTest.Run missing =
        CliTest.run("merge", prefix + "-1.montecarlo.csv", prefix + "-2.montecarlo.csv");
    assertEquals(2, missing.exitCode(), missing.err());
    assertTrue(missing.err().startsWith("leverage: cannot merge: "), missing.err());
  }

  /** {@link #SMALL} with {@code --format FORMAT --threads T --report DIR}. */
  private static CliTest.Run report(String format, String threads, Path dir) {
    List<String> words = new ArrayList<>(List.of(SMALL));
    words.subList(words.size() - 2, words.size()).clear();
    words.addAll(List.of("--format", format, "--threads", threads, "--report", dir.toString()));
    return CliTest.run(words.toArray(String[]::new));
  }

  @Test
  void reportWritesTheSameFilesForOneAndTwoThreadsAndCsvPrintsTheRegimes(@TempDir Path dir)
      throws Exception {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    CliTest.Run json = report("json", "1", one);
    CliTest.Run csv = report("csv", "2", two);
    assertEquals(0, json.exitCode(), json.err());
    assertEquals(0, csv.exitCode(), csv.err());
    List<String> names =
        List.of(
            "chart-montecarlo-histogram.svg",
            "chart-sobol.svg",
            "montecarlo-advantage.csv",
            "montecarlo-histogram.csv",
            "montecarlo-regimes.csv",
            "report.html",
            "report.md",
            "results.json",
            "sobol.csv");
    try (Stream<Path> files = Files.list(one)) {
      assertEquals(
          names, files.map(f -> f.getFileName().toString()).sorted().toList(), "the files");
    }
    for (String name : names) {
      assertEquals(
          Files.readString(one.resolve(name)),
          Files.readString(two.resolve(name)),
          name + " for 1 and 2 threads");
    }
    assertEquals(json.out(), Files.readString(one.resolve("results.json")));
    assertEquals(csv.out(), Files.readString(one.resolve("montecarlo-regimes.csv")));
    assertTrue(csv.out().startsWith("regime,draws_preferred,probability_preferred,"), csv.out());
    List<String> bins = Files.readAllLines(one.resolve("montecarlo-histogram.csv"));
    assertEquals(
        12,
        bins.subList(1, bins.size()).stream()
            .mapToInt(l -> Integer.parseInt(l.split(",")[2]))
            .sum(),
        "the histogram counts every draw once");
    List<String> sobol = Files.readAllLines(one.resolve("sobol.csv"));
    assertEquals("parameter,first,first_low,first_high,total,total_low,total_high", sobol.get(0));
    List<String> keys = Arrays.stream(ParameterKey.values()).map(ParameterKey::key).toList();
    for (String row : sobol.subList(1, sobol.size())) {
      assertTrue(keys.contains(row.split(",")[0]), row);
    }
    assertTrue(json.out().contains("\"parameters\" : [ \"discount_rate\""), json.out());
    int uncertain = json.out().split("\"first_interval\"", -1).length - 1;
    assertEquals(uncertain + 1, sobol.size(), "one row per uncertain parameter");
    String html = Files.readString(one.resolve("report.html"));
    assertTrue(html.contains("<svg id='chart-montecarlo-histogram'"));
    assertTrue(html.contains("<svg id='chart-sobol'"));
    assertTrue(
        html.contains(
            "--montecarlo 12 --sobol --lhs --seed 7 games/chip-export-controls.yaml</code></pre>"),
        "the command, to run again");
  }

  @Test
  void aChunkWritesNoReport(@TempDir Path dir) {
    CliTest.Run r =
        CliTest.run(
            "sensitivity",
            "games/chip-export-controls.yaml",
            "--montecarlo",
            "4",
            "--chunk",
            "1/2",
            "--out",
            dir.resolve("run").toString(),
            "--report",
            dir.resolve("report").toString());
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("leverage: --chunk writes a slice's raw evaluations"), r.err());
    assertTrue(Files.notExists(dir.resolve("report")));
  }
}
