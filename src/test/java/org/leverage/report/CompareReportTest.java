package org.leverage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leverage.analysis.RegimeComparison;
import org.leverage.model.ParameterKey;
import org.leverage.model.ParameterSpec;
import org.leverage.model.Scenario;

class CompareReportTest {

  private static final String COMMAND = "leverage compare games/chip-export-controls.yaml";

  /** Eleven charts: two of bars, nine of paths. */
  private static final List<String> CHARTS =
      List.of(
          "chart-payoffs.svg",
          "chart-us_payoff_terms.svg",
          "chart-self_sufficiency.svg",
          "chart-chokepoint.svg",
          "chart-crisis_probability.svg",
          "chart-p_targeted.svg",
          "chart-p_full.svg",
          "chart-p_indigenize.svg",
          "chart-commercial_reach.svg",
          "chart-military_reach.svg",
          "chart-leverage.svg");

  private static RegimeComparison baseline;
  private static Map<String, String> files;

  @BeforeAll
  static void render() {
    baseline = Comparisons.compare(Comparisons.baseline());
    files = report(baseline);
  }

  private static Map<String, String> report(RegimeComparison c) {
    return new CompareReport(new CompareRenderer(new FixedDecimals(4)), COMMAND).files(c);
  }

  @Test
  void fileSetIsTheJsonThePathsThePagesAndTheirCharts() {
    List<String> expected =
        new ArrayList<>(
            List.of(
                "results.json",
                "path-full_decoupling.csv",
                "path-strategic_dependency.csv",
                "path-open.csv",
                "path-equilibrium.csv",
                "report.html",
                "report.md"));
    expected.addAll(CHARTS);
    assertEquals(expected, List.copyOf(files.keySet()));
  }

  @Test
  void htmlInlinesOneSvgPerChartAndFetchesNothing() {
    String html = files.get(CompareReport.HTML);
    assertEquals(CHARTS.size(), count(html, "<svg"), "inline charts");
    for (String chart : CHARTS) {
      String id = chart.substring(0, chart.length() - ".svg".length());
      assertEquals(1, count(html, "<svg id='" + id + "'"), id);
    }
    Matcher external =
        Pattern.compile("(?i)\\b(src|href)\\s*=\\s*['\"]?\\s*(https?:|//)").matcher(html);
    assertFalse(external.find(), () -> "external reference: " + external.group());
    assertFalse(html.contains("<script"), "no scripts");
    assertFalse(html.contains("<link"), "no linked style sheets");
    assertFalse(html.contains("<img"), "no images to fetch");
    Matcher url = Pattern.compile("url\\(([^)]*)\\)").matcher(html);
    while (url.find()) {
      assertTrue(url.group(1).startsWith("#"), "only references inside the page: " + url.group());
    }
    assertTrue(html.contains("default-src 'none'"), "a Content-Security-Policy forbids fetches");
  }

  @Test
  void htmlHoldsTheVerdictTablesParametersAndCommand() {
    String html = files.get(CompareReport.HTML);
    for (String line : new CompareRenderer(new FixedDecimals(4)).verdictLines(baseline)) {
      assertTrue(html.contains("<li>" + HtmlPage.escape(line) + "</li>"), line);
    }
    assertTrue(html.contains("<th class=\"num\">military risk</th>"), "payoff table");
    assertTrue(html.contains("<th class=\"num\">year 10</th>"), "leverage table");
    ParameterSpec hazard = baseline.scenario().spec(ParameterKey.CRISIS_HAZARD);
    assertTrue(
        html.contains(
            "<tr><td>crisis_hazard</td><td>h</td><td>P(calm -&gt; crisis)</td>"
                + "<td class=\"num\">0.03</td><td>per period</td><td class=\"num\">0 to 0.15</td>"
                + "<td>"
                + HtmlPage.escape(hazard.source())
                + "</td></tr>"),
        "parameter row with value, unit, range and source");
    assertTrue(html.contains("<pre><code>" + COMMAND + "</code></pre>"));
  }

  @Test
  void markdownLinksEveryChartAndEveryLinkedChartIsAFile() {
    String md = files.get(CompareReport.MARKDOWN);
    Matcher image = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+)\\)").matcher(md);
    List<String> linked = new ArrayList<>();
    while (image.find()) {
      linked.add(image.group(1));
    }
    assertEquals(CHARTS, linked);
    for (String svg : linked) {
      assertTrue(files.containsKey(svg), svg + " is linked but not written");
      assertTrue(files.get(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "));
      String inline = svg.substring(0, svg.length() - ".svg".length());
      assertTrue(files.get(CompareReport.HTML).contains(files.get(svg).split("\n")[1]), inline);
    }
  }

  @Test
  void userStringsAreEscaped() {
    Scenario s = baseline.scenario();
    List<ParameterSpec> specs = new ArrayList<>(s.specs());
    ParameterSpec erosion = specs.get(ParameterKey.EROSION.ordinal());
    specs.set(
        erosion.key().ordinal(),
        new ParameterSpec(
            erosion.key(),
            erosion.value(),
            erosion.low(),
            erosion.high(),
            "<img src=x onerror=alert(1)> | *bold* [link](http://example.com)",
            erosion.distribution()));
    Scenario hostile =
        new Scenario("hostile", "<script>alert('title')</script> & \"quotes\"", s.model(), specs);
    RegimeComparison c = new RegimeComparison(hostile, baseline.outcomes(), baseline.verdict());
    Map<String, String> out = report(c);
    String html = out.get(CompareReport.HTML);
    assertFalse(html.contains("<script"), "title");
    assertFalse(html.contains("<img"), "source");
    assertTrue(
        html.contains(
            "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"));
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    String md = out.get(CompareReport.MARKDOWN);
    assertTrue(
        md.startsWith(
            "# Policy regimes compared: \\<script>alert('title')\\</script> & \"quotes\"\n"),
        md.substring(0, 120));
    String row = md.lines().filter(l -> l.startsWith("| erosion |")).findFirst().orElseThrow();
    assertTrue(
        row.endsWith(
            "| \\<img src=x onerror=alert(1)> \\| \\*bold\\* \\[link\\](http://example.com) |"),
        row);
    assertEquals(8, count(row, "|") - count(row, "\\|"), "7 cells, 8 bars: " + row);
  }

  @Test
  void sameComparisonSameBytes() {
    Map<String, String> again = report(baseline);
    assertNotSame(files, again);
    assertEquals(files, again);
    assertEquals(files, report(Comparisons.compare(Comparisons.baseline())), "solved anew");
  }

  @Test
  void containsNoTimestampOrRandomId() {
    String html = files.get(CompareReport.HTML);
    assertFalse(Pattern.compile("20[0-9]{2}-[0-9]{2}-[0-9]{2}").matcher(html).find(), "a date");
    Matcher id = Pattern.compile("\\bid='([^']*)'").matcher(html);
    while (id.find()) {
      assertTrue(id.group(1).matches("chart-[a-z_]+(-clip-[0-9]+)?"), id.group(1));
    }
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
