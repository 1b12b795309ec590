package org.leverage.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.leverage.analysis.Verdict;
import org.leverage.analysis.sensitivity.Chunk;
import org.leverage.analysis.sensitivity.Evaluation;
import org.leverage.analysis.sensitivity.EvaluationChunk;
import org.leverage.analysis.sensitivity.Run;
import org.leverage.analysis.sensitivity.SamplingMethod;
import org.leverage.model.ParameterKey;
import org.leverage.model.Regime;

/**
 * Reads and writes the raw evaluations of one chunk of a sampling run ({@code leverage sensitivity
 * --chunk i/n}), losslessly, so that {@code leverage merge} reproduces the summary of one run bit
 * for bit. Format 1, UTF-8, lines ending in {@code \n} ({@code \r\n} is read too):
 *
 * <pre>
 * # leverage evaluations 1
 * # analysis: monte-carlo              (or sobol)
 * # sampling: latin-hypercube          (or plain)
 * # seed: 42
 * # n: 1000                            (draws; rows of A and B for sobol)
 * # scenario: chip-export-controls
 * # fingerprint: 3f0c9a1b2d4e6f70      (of the scenario's values, ranges and distributions)
 * # parameters: doubling_years,erosion (the uncertain parameters)
 * # chunk: 2/3                         (numbered from 1; the whole run is 1/1)
 * index,us_full_decoupling,...,china_...,final_self_sufficiency_...,advantage,preferred
 * 333,-10065.12,...,1636.6,STRATEGIC_DEPENDENCY
 * </pre>
 *
 * One row per index of the chunk, in order; the columns per regime follow the order of {@link
 * Regime}; {@code preferred} is {@code FULL_DECOUPLING}, {@code STRATEGIC_DEPENDENCY} or {@code
 * TIE}. Numbers are written by {@link Double#toString}, which reads back to the same double, and
 * the reader accepts only that form, so a file that reads is exactly what was written. The reader
 * checks everything: the header, every row's index, field count and numbers, that the advantage is
 * the difference of the two US payoffs and that {@code preferred} agrees with its sign. A comment
 * header and plain CSV, so spreadsheets and {@code pandas.read_csv(f, comment="#")} read it too.
 */
public final class EvaluationFiles {

  static final String MAGIC = "# leverage evaluations 1";
  private static final List<String> HEADER =
      List.of(
          "analysis", "sampling", "seed", "n", "scenario", "fingerprint", "parameters", "chunk");
  private static final String TIE = "TIE";
  private static final int REGIMES = Regime.values().length;

  private EvaluationFiles() {}

  /** Writes {@code chunk} to {@code file} (replacing it) as UTF-8. */
  public static void write(Path file, EvaluationChunk chunk) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(out, chunk);
    }
  }

  /** Writes {@code chunk} to {@code out}; {@code out} is neither flushed nor closed. */
  public static void write(Writer out, EvaluationChunk chunk) throws IOException {
    Run run = chunk.run();
    List<String> values =
        List.of(
            run.kind().token(),
            run.method().token(),
            Long.toString(run.seed()),
            Integer.toString(run.n()),
            run.scenario(),
            run.fingerprint(),
            Run.keys(run.parameters()),
            chunk.chunk().toString());
    out.write(MAGIC + "\n");
    for (int i = 0; i < HEADER.size(); i++) {
      out.write("# " + HEADER.get(i) + ": " + values.get(i) + "\n");
    }
    out.write(String.join(",", columns()) + "\n");
    int index = chunk.from();
    StringBuilder row = new StringBuilder();
    for (Evaluation e : chunk.evaluations()) {
      row.setLength(0);
      row.append(index++);
      for (Map<Regime, Double> group : List.of(e.us(), e.china(), e.finalSelfSufficiency())) {
        for (Regime r : Regime.values()) {
          row.append(',').append(Double.toString(group.get(r)));
        }
      }
      row.append(',').append(Double.toString(e.advantage()));
      row.append(',').append(e.preferred().map(Regime::name).orElse(TIE)).append('\n');
      out.write(row.toString());
    }
  }

  /** Reads a chunk file; the path as given names the file in messages. */
  public static EvaluationChunk read(Path file) throws IOException, GameFormatException {
    return parse(file.toString(), TextInput.read(file));
  }

  /**
   * Reads a chunk from {@code text}.
   *
   * @param source the name of the input in error messages
   * @throws GameFormatException naming the line and what was expected, at the first problem
   */
  public static EvaluationChunk parse(String source, String text) throws GameFormatException {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    lines.replaceAll(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
    if (!lines.get(0).equals(MAGIC)) {
      throw new GameFormatException(
          source,
          1,
          "expected \""
              + MAGIC
              + "\" (a file written by leverage sensitivity --chunk) but found "
              + MessageText.quote(lines.get(0)));
    }
    String[] values = new String[HEADER.size()];
    for (int i = 0; i < HEADER.size(); i++) {
      String prefix = "# " + HEADER.get(i) + ": ";
      String line = i + 1 < lines.size() ? lines.get(i + 1) : "";
      if (!line.startsWith(prefix)) {
        throw new GameFormatException(
            source, i + 2, "expected \"" + prefix + "...\" but found " + MessageText.quote(line));
      }
      values[i] = line.substring(prefix.length());
    }
    Run run = run(source, values);
    Chunk chunk;
    try {
      chunk = Chunk.parse(values[7]);
    } catch (IllegalArgumentException e) {
      throw new GameFormatException(source, 9, e.getMessage());
    }
    int first = HEADER.size() + 2;
    String columns = String.join(",", columns());
    if (lines.size() < first || !lines.get(first - 1).equals(columns)) {
      throw new GameFormatException(
          source,
          first,
          "expected the column names \""
              + columns
              + "\" but found "
              + MessageText.quote(lines.size() < first ? "" : lines.get(first - 1)));
    }
    int from = chunk.from(run.size());
    int count = chunk.to(run.size()) - from;
    List<Evaluation> evaluations = new ArrayList<>();
    for (int r = 0; r < count; r++) {
      int lineNumber = first + 1 + r;
      if (lineNumber > lines.size() || lines.get(lineNumber - 1).isEmpty()) {
        throw new GameFormatException(
            source,
            lineNumber,
            "expected the row of index "
                + (from + r)
                + " (chunk "
                + chunk
                + " of a run of "
                + run.size()
                + " evaluations has "
                + count
                + " rows) but "
                + (lineNumber > lines.size() ? "the file ends" : "the line is empty"));
      }
      evaluations.add(row(source, lineNumber, lines.get(lineNumber - 1), from + r));
    }
    int end = first + count;
    boolean trailing = lines.size() == end || (lines.size() == end + 1 && lines.get(end).isEmpty());
    if (!trailing) {
      throw new GameFormatException(
          source,
          end + 1,
          "chunk "
              + chunk
              + " of a run of "
              + run.size()
              + " evaluations has "
              + count
              + " rows; expected the end of the file but found "
              + MessageText.quote(lines.get(end)));
    }
    return new EvaluationChunk(run, chunk, evaluations);
  }

  private static Run run(String source, String[] values) throws GameFormatException {
    Optional<Run.Kind> kind = Run.Kind.byToken(values[0]);
    if (kind.isEmpty()) {
      throw new GameFormatException(
          source,
          2,
          "analysis must be monte-carlo or sobol but was " + MessageText.quote(values[0]));
    }
    Optional<SamplingMethod> method = SamplingMethod.byToken(values[1]);
    if (method.isEmpty()) {
      throw new GameFormatException(
          source,
          3,
          "sampling must be plain or latin-hypercube but was " + MessageText.quote(values[1]));
    }
    long seed;
    int n;
    try {
      seed = Long.parseLong(values[2]);
    } catch (NumberFormatException e) {
      throw new GameFormatException(
          source, 4, "seed must be a whole number but was " + MessageText.quote(values[2]));
    }
    try {
      n = Integer.parseInt(values[3]);
    } catch (NumberFormatException e) {
      throw new GameFormatException(
          source, 5, "n must be a whole number but was " + MessageText.quote(values[3]));
    }
    List<ParameterKey> keys = new ArrayList<>();
    for (String k : values[6].split(",", -1)) {
      keys.add(
          ParameterKey.byKey(k)
              .orElseThrow(
                  () ->
                      new GameFormatException(
                          source,
                          8,
                          "unknown parameter "
                              + MessageText.quote(k)
                              + "; expected keys of the model, comma-separated")));
    }
    try {
      return new Run(kind.get(), method.get(), seed, n, values[4], values[5], keys);
    } catch (IllegalArgumentException e) {
      throw new GameFormatException(source, 2, "header: " + e.getMessage());
    }
  }

  private static Evaluation row(String source, int line, String text, int index)
      throws GameFormatException {
    String[] f = text.split(",", -1);
    int expected = 3 * REGIMES + 3;
    if (f.length != expected) {
      throw new GameFormatException(
          source, line, "row has " + f.length + " fields; expected " + expected);
    }
    if (!f[0].equals(Integer.toString(index))) {
      throw new GameFormatException(
          source, line, "expected index " + index + " but found " + MessageText.quote(f[0]));
    }
    List<Map<Regime, Double>> groups = new ArrayList<>();
    int column = 1;
    for (int g = 0; g < 3; g++) {
      Map<Regime, Double> group = new EnumMap<>(Regime.class);
      for (Regime r : Regime.values()) {
        group.put(r, number(source, line, column, f[column]));
        column++;
      }
      groups.add(group);
    }
    double advantage = number(source, line, column, f[column]);
    Map<Regime, Double> us = groups.get(0);
    double difference = us.get(Regime.STRATEGIC_DEPENDENCY) - us.get(Regime.FULL_DECOUPLING);
    if (Double.compare(advantage, difference) != 0) {
      throw new GameFormatException(
          source,
          line,
          "advantage "
              + f[column]
              + " is not us_strategic_dependency - us_full_decoupling = "
              + difference);
    }
    Optional<Regime> preferred = Verdict.Question.preferredFor(advantage);
    String token = preferred.map(Regime::name).orElse(TIE);
    if (!f[column + 1].equals(token)) {
      throw new GameFormatException(
          source,
          line,
          "preferred must be "
              + token
              + " for advantage "
              + f[column]
              + " but was "
              + MessageText.quote(f[column + 1]));
    }
    return new Evaluation(groups.get(0), groups.get(1), groups.get(2), advantage, preferred);
  }

  private static double number(String source, int line, int column, String text)
      throws GameFormatException {
    try {
      double x = Double.parseDouble(text);
      if (Double.toString(x).equals(text)) {
        return x;
      }
    } catch (NumberFormatException e) {
      // reported below, with the forms that are not canonical
    }
    throw new GameFormatException(
        source,
        line,
        columns().get(column)
            + " must be a number as Double.toString writes it (so that it reads back exactly)"
            + " but was "
            + MessageText.quote(text));
  }

  /** The column names, in order. */
  public static List<String> columns() {
    List<String> c = new ArrayList<>();
    c.add("index");
    for (String group : List.of("us", "china", "final_self_sufficiency")) {
      for (Regime r : Regime.values()) {
        c.add(group + "_" + r.name().toLowerCase(Locale.ROOT));
      }
    }
    c.add("advantage");
    c.add("preferred");
    return c;
  }
}
