package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leverage.model.Distribution;
import org.leverage.model.ParameterKey;
import org.leverage.model.Scenario;

class ScenarioReaderTest {

  private static final Path BASELINE = Path.of("games/chip-export-controls.yaml");

  private static String baseline() throws Exception {
    return Files.readString(BASELINE);
  }

  /** The baseline with the line of {@code key} replaced by {@code line}. */
  private static String withLine(String key, String line) throws Exception {
    StringBuilder out = new StringBuilder();
    boolean replaced = false;
    for (String l : baseline().split("\n", -1)) {
      if (l.startsWith("  " + key + ":")) {
        // CSV sources trim the indentation away; every parameter line is indented by two.
        out.append(line.isBlank() ? "" : "  " + line.strip());
        replaced = true;
      } else {
        out.append(l);
      }
      out.append('\n');
    }
    assertTrue(replaced, key);
    return out.toString();
  }

  private static int lineOf(String text, String key) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("  " + key + ":")) {
        return i + 1;
      }
    }
    throw new AssertionError(key);
  }

  private static GameFormatException refused(String text) {
    return assertThrows(GameFormatException.class, () -> ScenarioReader.read("s.yaml", "s", text));
  }

  @Test
  void readsTheBaseline() throws Exception {
    ScenarioFile f = ScenarioReader.read(BASELINE);
    Scenario s = f.scenario();
    assertEquals("chip-export-controls", s.name());
    assertEquals(Scenario.REFERENCE_V1, s.model());
    assertEquals(0.5, s.spec(ParameterKey.DOUBLING_YEARS).value());
    assertEquals(0.25, s.spec(ParameterKey.DOUBLING_YEARS).low());
    assertEquals(1.67, s.spec(ParameterKey.DOUBLING_YEARS).high());
    assertTrue(s.spec(ParameterKey.DOUBLING_YEARS).source().startsWith("Sevilla"));
    assertEquals(101, s.parameters().integer(ParameterKey.GRID_S));
    assertEquals(List.of(), f.rangeWarnings(s, Set.of()));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "crisis_hazard|  crisis_hazard: {value: 1.5, unit: per period, low: 0, high: 0.15, source: x}"
            + "|crisis_hazard must be in [0, 1] but was 1.5",
        "doubling_years|  doubling_years: {value: 0, unit: years, low: 0.25, high: 1.67, source: x}"
            + "|doubling_years must be > 0 but was 0",
        "grid_s|  grid_s: {value: 0, unit: points, low: 101, high: 101, source: x}"
            + "|grid_s must be a whole number in [2, 2001] but was 0",
        "grid_e|  grid_e: {value: 50.5, unit: points, low: 51, high: 51, source: x}"
            + "|grid_e must be a whole number in [2, 2001] but was 50.5",
        "discount_rate|  discount_rate: {value: -0.01, unit: per year, low: 0, high: 0.15, source: x}"
            + "|discount_rate must be >= 0 but was -0.01",
        "tau_targeted|  tau_targeted: {value: 0.3, unit: share, low: 0.6, high: 0.1, source: x}"
            + "|low 0.6 must not exceed high 0.1",
        "self_sufficiency0|  self_sufficiency0: {value: 0.075, unit: share, low: 0.05, high: 0.17,"
            + " source: x}|self_sufficiency0 must lie on the grid of grid_s = 101 points",
        "doubling_years|  doubling_years: {value: 6, unit: months, low: 0.25, high: 1.67, source: x}"
            + "|unit must be \"years\"",
        "erosion|  erosion: {value: .nan, unit: per period, low: 0.08, high: 0.35, source: x}"
            + "|expected a decimal number but found \".nan\" (NaN and infinities",
        "erosion|  erosion: {value: 0.18, unit: per period, low: 0.08, high: 0.35}"
            + "|missing key \"source\"",
        "erosion|  erosion: {value: 0.18, unit: per period, low: 0.08, high: 0.35, source: x, mean: 1}"
            + "|unknown key \"mean\"",
        "erosion|  erosion: {value: 0.18, unit: per period, low: 0.08, high: 0.35, source: x,"
            + " distribution: poisson}|unknown distribution \"poisson\"",
        "erosion|  erosion: {value: 0.18, unit: per period, low: 0.08, high: 0.35, source: x,"
            + " distribution: {type: truncated-normal, mean: 0.2, sd: -1}}|sd must be > 0",
        "erosion|  erosion: {value: 0.18, unit: per period, low: 0.08, high: 0.35, source: x,"
            + " distribution: {type: normal, mean: 0.2, sd: 0.05}}|outside the domain of erosion",
        "erosion|  erosion: {value: 0.18, unit: per period, low: 0.08, high: 0.35, source: x,"
            + " distribution: {type: gamma, shape: 2, scale: 0.1}}|outside the domain of erosion",
        "erosion|  erosion: {value: 0.18, unit: per period, low: 0.08, high: 0.35, source: x,"
            + " distribution: {type: triangular, mode: 0.5}}|triangular mode must be in [low, high]",
        "grid_s|  grid_s: {value: 101, unit: points, low: 101, high: 101, source: x,"
            + " distribution: uniform}|outside the domain of grid_s",
      })
  void refusesABrokenRuleNamingLineKeyAndRule(String key, String line, String expected)
      throws Exception {
    String text = withLine(key, line);
    GameFormatException e = refused(text);
    assertEquals(lineOf(text, key), e.line(), e.getMessage());
    assertTrue(e.getMessage().contains("parameters." + key), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void refusesUnknownMissingAndDuplicateKeys() throws Exception {
    String unknown = baseline().replace("  grid_e:", "  grid_x: {value: 1}\n  grid_e:");
    assertTrue(refused(unknown).getMessage().contains("unknown key \"grid_x\""));
    String missing = withLine("crisis_exit", "");
    GameFormatException m = refused(missing);
    assertTrue(m.getMessage().contains("missing key \"crisis_exit\""), m.getMessage());
    String duplicate =
        baseline()
            .replace(
                "  grid_e:",
                "  erosion: {value: 0.2, unit: per period, low: 0, high: 1, source: x}\n  grid_e:");
    GameFormatException d = refused(duplicate);
    assertTrue(d.getMessage().contains("duplicate key \"erosion\""), d.getMessage());
    assertEquals(lineOf(duplicate, "grid_e") - 1, d.line());
  }

  @Test
  void refusesAnotherModelOrType() throws Exception {
    assertTrue(
        refused(baseline().replace("model: reference-v1", "model: reference-v2"))
            .getMessage()
            .contains("model: expected reference-v1"));
    assertTrue(
        refused(baseline().replace("type: scenario", "type: dynamic"))
            .getMessage()
            .contains("type: expected scenario"));
  }

  @Test
  void warnsAboutAValueOutsideItsPlausibleRange() throws Exception {
    String text =
        withLine(
            "doubling_years",
            "  doubling_years: {value: 3, unit: years, low: 0.25, high: 1.67, source: x}");
    ScenarioFile f = ScenarioReader.read("s.yaml", "s", text);
    assertEquals(
        List.of(
            "s.yaml:"
                + lineOf(text, "doubling_years")
                + ": doubling_years = 3 lies outside its plausible range [0.25, 1.67]"),
        f.rangeWarnings(f.scenario(), Set.of()));
    Scenario changed = f.scenario().with(ParameterKey.EROSION, 0.9);
    assertEquals(
        "--set erosion = 0.9 lies outside its plausible range [0.08, 0.35]",
        f.rangeWarnings(changed, Set.of(ParameterKey.EROSION)).get(1));
  }

  @Test
  void readsEveryDistribution() throws Exception {
    String[] specs = {
      "uniform",
      "{type: triangular, mode: 0.2}",
      "{type: truncated-normal, mean: 0.2, sd: 0.1}",
      "{type: beta, alpha: 2, beta: 3}",
    };
    for (String d : specs) {
      String text =
          withLine(
              "erosion",
              "  erosion: {value: 0.18, unit: per period, low: 0.08, high: 0.35, source: x,"
                  + " distribution: "
                  + d
                  + "}");
      Distribution dist =
          ScenarioReader.read("s.yaml", "s", text)
              .scenario()
              .spec(ParameterKey.EROSION)
              .distribution()
              .orElseThrow();
      double median = dist.quantile(0.5);
      assertTrue(median >= 0.08 && median <= 0.35, d + ": " + median);
    }
    String lognormal =
        withLine(
            "doubling_years",
            "  doubling_years: {value: 0.5, unit: years, low: 0.25, high: 1.67, source: x,"
                + " distribution: {type: lognormal, mu: -0.7, sigma: 0.3}}");
    Distribution d =
        ScenarioReader.read("s.yaml", "s", lognormal)
            .scenario()
            .spec(ParameterKey.DOUBLING_YEARS)
            .distribution()
            .orElseThrow();
    assertEquals(Math.exp(-0.7), d.quantile(0.5), 1e-9);
  }
}
