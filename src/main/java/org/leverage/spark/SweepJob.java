package org.leverage.spark;

import com.google.common.base.Suppliers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.leverage.cli.Leverage;
import org.leverage.io.OutputException;
import org.leverage.io.OutputFiles;
import org.leverage.solve.UsageException;

/**
 * {@code spark-submit --class org.leverage.spark.SweepJob leverage.jar sensitivity SCENARIO ...
 * --out DIR}: {@code leverage sensitivity} with its points evaluated on the cluster (README, "Past
 * one machine"). The options are the local command's, parsed, checked and rendered by it, so the
 * output is the bytes one machine prints; the job adds {@code --out DIR} (required), where it
 * writes every solve as Parquet ({@code DIR/solves/batch=B}), the printed summary ({@code
 * summary.txt}, {@code summary.json} with {@code --format json}, {@code summary.csv}), and the
 * files of {@code --report DIR}. Spark splits the work, so {@code --chunk}, {@code --threads} and
 * {@code --report} are not taken. Exit codes as {@code leverage}'s.
 */
public final class SweepJob {

  private static final String USAGE =
      "usage: spark-submit --class org.leverage.spark.SweepJob leverage.jar sensitivity SCENARIO"
          + " [sensitivity options] --out DIR";

  /** Exit codes of {@code leverage} (README, "Exit codes") that the job itself returns. */
  private static final int USAGE_ERROR = 2;

  private static final int CANNOT_WRITE = 5;

  /** The options that print help or the version instead of running. */
  private static final List<String> HELP = List.of("-h", "--help", "-V", "--version");

  private SweepJob() {}

  /** Runs the job in the session spark-submit configured, and exits with the job's code. */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    List<SparkSession> started = new ArrayList<>();
    Supplier<SparkSession> spark =
        Suppliers.memoize(
            () -> {
              started.add(SparkSession.builder().appName("leverage sweep").getOrCreate());
              return started.get(0);
            });
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code;
    try {
      code = run(spark, List.of(args), PointSolver.SWEEP, out, err);
    } finally {
      started.forEach(SparkSession::stop);
    }
    System.exit(code);
  }

  /**
   * Runs {@code args} ({@code sensitivity SCENARIO ... --out DIR}) and returns the exit code; the
   * summary goes to {@code out} and into DIR, messages to {@code err}.
   *
   * @param spark the session, asked for only when there are points to evaluate
   * @param solver how executors evaluate a point ({@link PointSolver#SWEEP}; tests substitute)
   */
  static int run(
      Supplier<SparkSession> spark,
      List<String> args,
      PointSolver solver,
      PrintWriter out,
      PrintWriter err) {
    Request request;
    try {
      request = Request.parse(args);
    } catch (UsageException e) {
      err.println("leverage: " + e.getMessage());
      return USAGE_ERROR;
    }
    StringWriter summary = new StringWriter();
    int code;
    try (PrintWriter captured = new PrintWriter(summary)) {
      String solves = request.solves().toAbsolutePath().toUri().toString();
      code =
          Leverage.sensitivity(
              request.command(), new SparkEvaluator(spark, solves, solver), captured, err);
    }
    out.print(summary);
    out.flush();
    if (code != 0 || request.command().stream().anyMatch(HELP::contains)) {
      return code;
    }
    Path file = request.dir().resolve("summary." + request.extension());
    try {
      OutputFiles.writeAll(
          request.dir(), Map.of(file.getFileName().toString(), summary.toString()));
    } catch (OutputException e) {
      err.println("leverage: " + e.getMessage());
      return CANNOT_WRITE;
    }
    err.println("leverage: wrote " + file);
    return code;
  }

  /**
   * The job's command line read: the sensitivity command to run and the folder of its output.
   *
   * @param command the arguments of {@code leverage sensitivity}, {@code --report DIR} added
   * @param dir the folder of {@code --out}
   * @param extension of the summary file: {@code txt}, {@code json} or {@code csv} as {@code
   *     --format} says
   */
  private record Request(List<String> command, Path dir, String extension) {

    /** The options Spark takes over. */
    private static final List<String> REFUSED = List.of("--chunk", "--threads", "--report");

    Path solves() {
      return dir.resolve("solves");
    }

    /**
     * @throws UsageException naming the option, when {@code --out} is missing or names a folder
     *     with solves, an option Spark takes over is given, or the command is not sensitivity
     */
    static Request parse(List<String> args) {
      List<String> command = new ArrayList<>();
      Path dir = null;
      String format = "text";
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        String option = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
        String inline = a.equals(option) ? null : a.substring(option.length() + 1);
        String next = i + 1 < args.size() ? args.get(i + 1) : null;
        if (option.equals("--out")) {
          String value = inline != null ? inline : next;
          dir = value == null ? null : Path.of(value);
          i += inline != null ? 0 : 1;
          continue;
        }
        if (REFUSED.contains(option)) {
          throw new UsageException(
              option
                  + " is not taken by the Spark job: Spark splits the work over its executors, and"
                  + " --out DIR receives the summary and the report files");
        }
        if (option.equals("--format")) {
          format = inline != null ? inline : next != null ? next : format;
        }
        command.add(a);
      }
      if (command.isEmpty() || !command.get(0).equals("sensitivity")) {
        throw new UsageException("the Spark job runs sensitivity; " + USAGE);
      }
      if (dir == null) {
        throw new UsageException(
            "--out DIR is required: the folder of the solves and the summary; " + USAGE);
      }
      if (Files.exists(dir.resolve("solves"))) {
        throw new UsageException(
            "--out "
                + dir
                + " already holds solves ("
                + dir.resolve("solves")
                + "); give a new folder");
      }
      command.add("--report");
      command.add(dir.toString());
      return new Request(command, dir, SweepJob.extension(format));
    }
  }

  private static String extension(String format) {
    return switch (format) {
      case "json" -> "json";
      case "csv" -> "csv";
      default -> "txt";
    };
  }
}
