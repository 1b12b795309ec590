package org.leverage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRenderingTest {

  private static final Page PAGE =
      new Page(
          "T <1>",
          List.of(
              new Page.Heading("H"),
              new Page.Text("- not a list"),
              new Page.Bullets(List.of("1. not numbered", "plain")),
              new Page.Table(
                  List.of("name", "x"), List.of(false, true), List.of(List.of("a|b", "-1.5"))),
              new Page.Figures(List.of(new Page.Chart("chart-a", "A & B", "<svg id='chart-a'/>"))),
              new Page.Code("run ``` it")));

  @Test
  void htmlEscapesTextAndInlinesSvg() {
    String html = HtmlPage.render(PAGE);
    assertEquals(
        "<h1>T &lt;1&gt;</h1>\n"
            + "<h2>H</h2>\n"
            + "<p>- not a list</p>\n"
            + "<ul>\n<li>1. not numbered</li>\n<li>plain</li>\n</ul>\n"
            + "<div class=\"table-wrap\">\n<table>\n<thead>\n"
            + "<tr><th>name</th><th class=\"num\">x</th></tr>\n"
            + "</thead>\n<tbody>\n"
            + "<tr><td>a|b</td><td class=\"num\">-1.5</td></tr>\n"
            + "</tbody>\n</table>\n</div>\n"
            + "<div class=\"figures\">\n"
            + "<figure role=\"img\" aria-label=\"A &amp; B\">\n<svg id='chart-a'/>\n</figure>\n"
            + "</div>\n"
            + "<pre><code>run ``` it</code></pre>\n"
            + "</main>\n</body>\n</html>\n",
        html.substring(html.indexOf("<h1>")));
  }

  @Test
  void markdownEscapesTextAndLinksChartFiles() {
    assertEquals(
        "# T \\<1>\n\n"
            + "## H\n\n"
            + "\\- not a list\n\n"
            + "- 1\\. not numbered\n- plain\n\n"
            + "| name | x |\n| --- | ---: |\n| a\\|b | -1.5 |\n\n"
            + "![A & B](chart-a.svg)\n\n"
            + "````sh\nrun ``` it\n````\n",
        MarkdownPage.render(PAGE));
  }

  @Test
  void markdownLeavesHarmlessPunctuationAlone() {
    assertEquals(
        "STRATEGIC_DEPENDENCY R&D a -> b", MarkdownPage.escape("STRATEGIC_DEPENDENCY R&D a -> b"));
    assertEquals("\\_x\\_ \\*y\\* \\&lt; \\`z\\`", MarkdownPage.escape("_x_ *y* &lt; `z`"));
    assertEquals("a b", MarkdownPage.escape("a\nb"));
    assertEquals("\\> quote", MarkdownPage.lineStart("> quote"));
  }

  @Test
  void htmlEscapesAttributeQuotes() {
    assertEquals(
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;",
        HtmlPage.escape("<a href=\"x\" title='y'>&"));
  }

  @Test
  void tableRowsMustFitTheHeader() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Page.Table(List.of("a", "b"), List.of(false, false), List.of(List.of("1"))));
    assertEquals("table row [1] has 1 cells; expected 2", e.getMessage());
  }
}
