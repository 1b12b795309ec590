package org.leverage.io;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.leverage.game.NormalFormGame;

/**
 * Speed of reading and writing a generated 1000x1000 payoff-version game (a benchmark, not a unit
 * test: surefire does not run it). Prints the median over five runs of wall and thread CPU time,
 * for small integer payoffs (few distinct texts) and for random fractions (all distinct).
 *
 * <pre>
 * java -Xmx4g -cp target/classes:target/test-classes:DEPENDENCIES org.leverage.io.GameFilesBenchmark
 * </pre>
 */
public final class GameFilesBenchmark {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int RUNS = 5;

  private GameFilesBenchmark() {}

  public static void main(String[] args) throws Exception {
    for (boolean fractions : new boolean[] {false, true}) {
      Path file = Files.createTempFile("bench", ".nfg");
      try {
        Files.writeString(file, generate(1000, fractions, new Random(1)));
        String kind = fractions ? "fractions" : "integers";
        System.out.printf(
            Locale.ROOT, "1000x1000 %s, .nfg of %.1f MB%n", kind, Files.size(file) / 1e6);
        NormalFormGame game = measure("read .nfg", () -> GameFiles.readNormalForm(file));
        measure("write .nfg", () -> NfgWriter.write(game));
        String yaml = measure("write YAML", () -> YamlGameWriter.write(game));
        measure("read YAML", () -> YamlGameReader.read("bench.yaml", yaml));
      } finally {
        Files.delete(file);
      }
    }
  }

  static String generate(int m, boolean fractions, Random random) {
    StringBuilder sb = new StringBuilder("NFG 1 R \"bench\" { \"1\" \"2\" } { ");
    sb.append(m).append(' ').append(m).append(" }\n\n");
    for (int c = 0; c < m * m; c++) {
      for (int p = 0; p < 2; p++) {
        if (fractions) {
          sb.append(random.nextInt(100_000)).append('/').append(1 + random.nextInt(999));
        } else {
          sb.append(random.nextInt(201) - 100);
        }
        sb.append(p == 1 ? '\n' : ' ');
      }
    }
    return sb.toString();
  }

  private static <T> T measure(String what, Callable<T> job) throws Exception {
    long[] wall = new long[RUNS];
    long[] cpu = new long[RUNS];
    T result = null;
    for (int r = 0; r < RUNS; r++) {
      long c0 = THREADS.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      result = job.call();
      wall[r] = System.nanoTime() - w0;
      cpu[r] = THREADS.getCurrentThreadCpuTime() - c0;
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    System.out.printf(
        Locale.ROOT,
        "  %-11s median wall %6d ms, thread CPU %6d ms%n",
        what,
        wall[RUNS / 2] / 1_000_000,
        cpu[RUNS / 2] / 1_000_000);
    return result;
  }
}
