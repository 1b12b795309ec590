package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leverage.analysis.Verdict;
import org.leverage.analysis.sensitivity.Chunk;
import org.leverage.analysis.sensitivity.Evaluation;
import org.leverage.analysis.sensitivity.EvaluationChunk;
import org.leverage.analysis.sensitivity.Run;
import org.leverage.analysis.sensitivity.SamplingMethod;
import org.leverage.model.ParameterKey;
import org.leverage.model.Regime;

class EvaluationFilesTest {

  private static final Run RUN =
      new Run(
          Run.Kind.SOBOL,
          SamplingMethod.LATIN_HYPERCUBE,
          -42,
          3,
          "chip-export-controls",
          "0123456789abcdef",
          List.of(ParameterKey.CRISIS_HAZARD, ParameterKey.EROSION));

  /** Chunk 2/3 of the 12 Sobol points: indices 4 to 7, with awkward doubles. */
  private static EvaluationChunk chunk() {
    double[] awkward = {0.1, -0.0, 1e-300, -8428.512345678901, Double.MIN_VALUE, 1.0 / 3, 7e22};
    List<Evaluation> ev = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Map<Regime, Double> us = new EnumMap<>(Regime.class);
      Map<Regime, Double> china = new EnumMap<>(Regime.class);
      Map<Regime, Double> s = new EnumMap<>(Regime.class);
      for (Regime r : Regime.values()) {
        us.put(r, awkward[(i + r.ordinal()) % awkward.length] * (i == 3 ? 0 : 1));
        china.put(r, awkward[(i + 2 * r.ordinal()) % awkward.length]);
        s.put(r, 1 - awkward[(3 * i + r.ordinal()) % awkward.length]);
      }
      double a = us.get(Regime.STRATEGIC_DEPENDENCY) - us.get(Regime.FULL_DECOUPLING);
      Optional<Regime> preferred = Verdict.Question.preferredFor(a);
      ev.add(new Evaluation(us, china, s, a, preferred));
    }
    return new EvaluationChunk(RUN, new Chunk(2, 3), ev);
  }

  private static String text(EvaluationChunk c) throws Exception {
    StringWriter out = new StringWriter();
    EvaluationFiles.write(out, c);
    return out.toString();
  }

  @Test
  void writesAHeaderAndOneRowPerIndex() throws Exception {
    List<String> lines = text(chunk()).lines().toList();
    assertEquals(
        List.of(
            "# leverage evaluations 1",
            "# analysis: sobol",
            "# sampling: latin-hypercube",
            "# seed: -42",
            "# n: 3",
            "# scenario: chip-export-controls",
            "# fingerprint: 0123456789abcdef",
            "# parameters: crisis_hazard,erosion",
            "# chunk: 2/3"),
        lines.subList(0, 9));
    assertEquals(String.join(",", EvaluationFiles.columns()), lines.get(9));
    assertEquals(14, lines.size());
    assertEquals("4,", lines.get(10).substring(0, 2));
    // -8428.51... times 0 is -0.0, which the file keeps
    assertEquals("7,-0.0,0.0,0.0,0.0,", lines.get(13).substring(0, 19));
    assertEquals("0.0,TIE", lines.get(13).substring(lines.get(13).length() - 7));
  }

  @Test
  void readsBackExactlyWhatItWrote(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("chunk2.csv");
    EvaluationFiles.write(file, chunk());
    assertEquals(chunk(), EvaluationFiles.read(file));
    String crlf = Files.readString(file).replace("\n", "\r\n");
    assertEquals(chunk(), EvaluationFiles.parse("crlf", crlf));
    String noFinalNewline = Files.readString(file).stripTrailing();
    assertEquals(chunk(), EvaluationFiles.parse("cut", noFinalNewline));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "# leverage evaluations 1|# leverage evaluations 2|f:1: expected \"# leverage evaluations"
            + " 1\" (a file written by leverage sensitivity --chunk) but found \"# leverage"
            + " evaluations 2\"",
        "# analysis: sobol|# analysis: tornado|f:2: analysis must be monte-carlo or sobol but was"
            + " \"tornado\"",
        "# sampling: latin-hypercube|# method: lhs|f:3: expected \"# sampling: ...\" but found"
            + " \"# method: lhs\"",
        "# seed: -42|# seed: 4.2|f:4: seed must be a whole number but was \"4.2\"",
        "# n: 3|# n: 1|f:2: header: a run needs n >= 2 draws but had 1",
        "# parameters: crisis_hazard,erosion|# parameters: erosion,hazard|f:8: unknown parameter"
            + " \"hazard\"; expected keys of the model, comma-separated",
        "# parameters: crisis_hazard,erosion|# parameters: erosion,crisis_hazard|f:2: header:"
            + " uncertain parameters must be distinct and in the order of the parameter table;"
            + " crisis_hazard comes after erosion",
        "# chunk: 2/3|# chunk: 4/3|f:9: chunk must be i/n with 1 <= i <= n (numbered from 1) but"
            + " was 4/3",
        "# chunk: 2/3|# chunk: 3/3|f:11: expected index 8 but found \"4\"",
        "index,|idx,|f:10: expected the column names",
      })
  void refusesABrokenHeaderNamingTheLine(String find, String replace, String message)
      throws Exception {
    String broken = text(chunk()).replaceFirst(java.util.regex.Pattern.quote(find), replace);
    var e = assertThrows(GameFormatException.class, () -> EvaluationFiles.parse("f", broken));
    assertEquals(message, e.getMessage().substring(0, Math.min(message.length(), 999)));
  }

  /** {@code fields} joined with field {@code i} replaced by {@code value}. */
  private static String with(String[] fields, int i, String value) {
    String[] f = fields.clone();
    f[i] = value;
    return String.join(",", f);
  }

  @Test
  void refusesBrokenRowsNamingTheLine() throws Exception {
    List<String> lines = new ArrayList<>(text(chunk()).lines().toList());
    List<String[]> cases = new ArrayList<>();
    String row = lines.get(11);
    String[] f = row.split(",");
    cases.add(
        new String[] {
          with(f, 1, "0.10"),
          "f:12: us_full_decoupling must be a number as Double.toString writes it (so that it reads"
              + " back exactly) but was \"0.10\""
        });
    cases.add(new String[] {row + ",1", "f:12: row has 16 fields; expected 15"});
    cases.add(
        new String[] {
          with(f, 13, "1.5"),
          "f:12: advantage 1.5 is not us_strategic_dependency - us_full_decoupling = " + f[13]
        });
    cases.add(
        new String[] {
          with(f, 14, "TIE"),
          "f:12: preferred must be " + f[14] + " for advantage " + f[13] + " but was \"TIE\""
        });
    for (String[] c : cases) {
      List<String> broken = new ArrayList<>(lines);
      broken.set(11, c[0]);
      var e =
          assertThrows(
              GameFormatException.class,
              () -> EvaluationFiles.parse("f", String.join("\n", broken)));
      assertEquals(c[1], e.getMessage());
    }
    var shortFile =
        assertThrows(
            GameFormatException.class,
            () -> EvaluationFiles.parse("f", String.join("\n", lines.subList(0, 12)) + "\n"));
    assertEquals(
        "f:13: expected the row of index 6 (chunk 2/3 of a run of 12 evaluations has 4 rows) but"
            + " the line is empty",
        shortFile.getMessage());
    var longFile =
        assertThrows(
            GameFormatException.class,
            () -> EvaluationFiles.parse("f", String.join("\n", lines) + "\n" + lines.get(13)));
    assertEquals(
        "f:15: chunk 2/3 of a run of 12 evaluations has 4 rows; expected the end of the file but"
            + " found \""
            + lines.get(13).substring(0, 40)
            + "...\"",
        longFile.getMessage());
  }
}
