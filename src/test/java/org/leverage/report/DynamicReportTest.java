package org.leverage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.leverage.game.dynamic.DynamicGame;
import org.leverage.io.GameFile;
import org.leverage.io.GameFiles;
import org.leverage.solve.catalog.DynamicResult;
import org.leverage.solve.catalog.SolverCatalog;
import org.leverage.solve.dynamic.ForwardPath;

class DynamicReportTest {

  private static final String EXPORT = "games/export-control-dynamic.yaml";
  private static final String STOCHASTIC = "games/stochastic-prisoners-dilemma.yaml";
  private static final String COMMAND = "leverage solve " + EXPORT;

  /** Half a unit in the last of the default six decimals, and a little more for rounding. */
  private static final double SIX_DECIMALS = 5.1e-7;

  private static DynamicResult solve(String file) throws Exception {
    GameFile read = GameFiles.readAny(Path.of(file));
    return (DynamicResult)
        SolverCatalog.solve(read.problem(), "auto", SolverCatalog.Settings.DEFAULT);
  }

  private static Map<String, String> files(String file) throws Exception {
    return new DynamicReport(NumberFormat.EXACT, COMMAND).files(file, solve(file));
  }

  @Test
  void writesTheJsonTheCsvsThePagesAndOneSvgPerChart() throws Exception {
    Map<String, String> files = files(EXPORT);
    assertEquals(
        List.of(
            "results.json",
            "path-states.csv",
            "path-actions.csv",
            "report.html",
            "report.md",
            "chart-states.svg",
            "chart-payoffs.svg",
            "chart-actions-1.svg",
            "chart-actions-2.svg"),
        List.copyOf(files.keySet()));
    assertEquals(files, files(EXPORT), "same input, same bytes");
  }

  @Test
  void resultsJsonIsWhatFormatJsonPrints() throws Exception {
    DynamicResult r = solve(EXPORT);
    NumberFormat four = new NumberFormat(4);
    assertEquals(
        new SolutionRenderer(four, OutputFormat.json, SolveCsvShape.GAMBIT).render(EXPORT, r),
        new DynamicReport(four, COMMAND).files(EXPORT, r).get("results.json"));
  }

  @Test
  void stateCsvHoldsTheDistributionOfEveryPeriod() throws Exception {
    for (String file : List.of(EXPORT, STOCHASTIC)) {
      DynamicResult r = solve(file);
      DynamicGame g = r.game();
      ForwardPath path = r.path();
      List<String[]> rows = rows(files(file).get("path-states.csv"));
      String[] header = rows.get(0);
      assertEquals("period", header[0]);
      for (int s = 0; s < g.numStates(); s++) {
        assertEquals(g.stateLabel(s), header[s + 1]);
      }
      assertEquals(path.periods() + 2, rows.size(), file + ": header and periods 0..T");
      for (int t = 0; t <= path.periods(); t++) {
        String[] row = rows.get(t + 1);
        assertEquals(Integer.toString(t), row[0]);
        double sum = 0;
        for (int s = 0; s < g.numStates(); s++) {
          double p = Double.parseDouble(row[s + 1]);
          assertEquals(path.probability(t, s), p, SIX_DECIMALS, file + " t=" + t + " s=" + s);
          sum += p;
        }
        assertEquals(1, sum, g.numStates() * SIX_DECIMALS, "a distribution");
      }
    }
  }

  @Test
  void actionCsvHoldsEachPlayersActionProbabilitiesAndPayoffs() throws Exception {
    DynamicResult r = solve(EXPORT);
    ForwardPath path = r.path();
    List<String[]> rows = rows(files(EXPORT).get("path-actions.csv"));
    assertEquals(
        List.of(
            "period",
            "US:OPEN",
            "US:TARGETED",
            "US:FULL",
            "China:DEPEND",
            "China:INDIGENIZE",
            "E[US]",
            "E[China]"),
        List.of(rows.get(0)));
    assertEquals(path.periods() + 1, rows.size(), "header and periods 0..T-1");
    for (int t = 0; t < path.periods(); t++) {
      String[] row = rows.get(t + 1);
      assertEquals(Integer.toString(t), row[0]);
      int column = 1;
      for (int p = 0; p < 2; p++) {
        double sum = 0;
        for (int k = 0; k < (p == 0 ? 3 : 2); k++) {
          double q = Double.parseDouble(row[column++]);
          assertEquals(path.actionProbability(p, t, k), q, SIX_DECIMALS, "t=" + t);
          sum += q;
        }
        assertEquals(1, sum, 3 * SIX_DECIMALS, "player " + p + " plays some action");
      }
      for (int p = 0; p < 2; p++) {
        assertEquals(
            path.expectedPayoff(p, t), Double.parseDouble(row[column++]), SIX_DECIMALS, "t=" + t);
      }
    }
  }

  @Test
  void chartsAreSvgWithOneLinePerStateActionOrPlayer() throws Exception {
    Map<String, String> files = files(EXPORT);
    DynamicGame g = solve(EXPORT).game();
    Map<String, List<String>> legends =
        Map.of(
            "chart-states.svg",
            IntStream.range(0, g.numStates()).mapToObj(g::stateLabel).toList(),
            "chart-payoffs.svg",
            List.of("US", "China"),
            "chart-actions-1.svg",
            List.of("OPEN", "TARGETED", "FULL"),
            "chart-actions-2.svg",
            List.of("DEPEND", "INDIGENIZE"));
    for (Map.Entry<String, List<String>> e : legends.entrySet()) {
      String svg = files.get(e.getKey());
      DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
      assertEquals(e.getValue().size(), lineColours(svg).size(), e.getKey());
      for (String name : e.getValue()) {
        assertTrue(svg.contains(">" + name + "<"), e.getKey() + ": " + name);
      }
      String id = e.getKey().substring(0, e.getKey().length() - ".svg".length());
      assertTrue(files.get("report.html").contains("<svg id='" + id + "'"), id + " inline");
      assertTrue(files.get("report.md").contains("](" + e.getKey() + ")"), id + " linked");
    }
  }

  @Test
  void pageHoldsTheTextOutputAndTheCommand() throws Exception {
    DynamicResult r = solve(STOCHASTIC);
    Map<String, String> files = new DynamicReport(NumberFormat.EXACT, COMMAND).files(STOCHASTIC, r);
    String md = files.get("report.md");
    assertTrue(md.startsWith("# Dynamic game: Stochastic prisoner's dilemma (boom and bust)\n"));
    assertTrue(md.contains("the first 10 periods of the stationary equilibrium policy"), md);
    assertTrue(md.contains(COMMAND), md);
    String text =
        new SolutionRenderer(NumberFormat.EXACT, OutputFormat.text, SolveCsvShape.GAMBIT)
            .render(STOCHASTIC, r);
    for (String line : text.lines().filter(l -> !l.isBlank()).toList()) {
      assertTrue(md.contains(line), line);
    }
  }

  /** The distinct colours of the charts' 2-pixel strokes: one per line (and its legend entry). */
  static Set<String> lineColours(String svg) {
    Matcher m = Pattern.compile("stroke-width:2\\.0;stroke:(rgb\\([0-9,]+\\))").matcher(svg);
    Set<String> colours = new TreeSet<>();
    while (m.find()) {
      colours.add(m.group(1));
    }
    return colours;
  }

  /** A CSV without quoted fields, split into cells. */
  private static List<String[]> rows(String csv) {
    return csv.lines().map(l -> l.split(",", -1)).toList();
  }
}
