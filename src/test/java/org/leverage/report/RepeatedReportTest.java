package org.leverage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.leverage.analysis.RepeatedAnalysis;
import org.leverage.io.GameFile;
import org.leverage.io.GameFiles;
import org.leverage.io.RepeatedGameSpec;

class RepeatedReportTest {

  private static final String COMMAND = "leverage repeated games/repeated-prisoners-dilemma.yaml";

  private static RepeatedAnalysis analysis(OptionalInt horizon) throws Exception {
    RepeatedGameSpec spec =
        ((GameFile.Repeated) GameFiles.readAny(Path.of("games/repeated-prisoners-dilemma.yaml")))
            .spec()
            .withHorizon(horizon);
    return RepeatedAnalysis.of(
        "pd.yaml", spec.game(), spec.target(), spec.punishment(), spec.automata());
  }

  private static Map<String, String> files(RepeatedAnalysis r) {
    return new RepeatedReport(new RepeatedRenderer(NumberFormat.EXACT), COMMAND).files(r);
  }

  @Test
  void pageHoldsTheTextOutputTheChartAndTheCommand() throws Exception {
    RepeatedAnalysis r = analysis(OptionalInt.empty());
    Map<String, String> files = files(r);
    assertEquals(
        List.of("report.html", "report.md", "chart-payoff-sets.svg"), List.copyOf(files.keySet()));
    String svg = files.get("chart-payoff-sets.svg");
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    for (String legend :
        List.of(
            "feasible",
            "individually rational",
            "pure SPE payoffs (Abreu-Sannikov, discount 9/10)",
            "target")) {
      assertTrue(svg.contains(">" + legend + "<"), legend);
    }
    String md = files.get("report.md");
    assertTrue(md.contains(COMMAND), md);
    assertTrue(md.contains("chart-payoff-sets.svg"), md);
    // The numbers are the text output's, line for line.
    String text = new RepeatedRenderer(NumberFormat.EXACT).text(r);
    for (String line : text.lines().filter(l -> !l.isBlank()).toList()) {
      assertTrue(md.contains(line), line);
    }
    assertTrue(files.get("report.html").contains("<svg"), "chart inline in the HTML");
    assertEquals(files, files(analysis(OptionalInt.empty())), "same input, same bytes");
  }

  @Test
  void finiteHorizonHasNoSpeSetOutline() throws Exception {
    String svg = files(analysis(OptionalInt.of(3))).get("chart-payoff-sets.svg");
    assertTrue(svg.contains(">feasible<"));
    assertFalse(svg.contains("Abreu-Sannikov"));
  }
}
