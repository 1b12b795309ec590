package org.leverage.report;

import java.util.List;

/**
 * Renders a {@link Page} as one self-contained HTML file: inline CSS and inline SVG charts, no
 * scripts, no external resources (a Content-Security-Policy forbids the browser to fetch any).
 * Every string of the page is escaped; the charts' SVG is inlined as it is.
 */
final class HtmlPage implements Page.Writer {

  private static final String CSS =
      """
      :root { color-scheme: light; }
      body { margin: 0; background: #eef0f3; color: #1f2328;
        font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
      main { max-width: 1160px; margin: 0 auto; padding: 28px 36px 48px; background: #fff; }
      h1 { font-size: 1.65em; line-height: 1.25; margin: 0 0 .4em; }
      h2 { font-size: 1.25em; margin: 1.8em 0 .6em; padding-bottom: .25em;
        border-bottom: 1px solid #d8dce1; }
      p { margin: .5em 0; max-width: 80em; }
      ul { padding-left: 1.4em; }
      li { margin: .3em 0; }
      .table-wrap { overflow-x: auto; margin: .6em 0 1.2em; }
      table { border-collapse: collapse; font-size: 13px; }
      th, td { padding: 4px 10px; text-align: left; vertical-align: top;
        border-bottom: 1px solid #e4e7eb; }
      thead th { background: #f6f8fa; border-bottom: 2px solid #c8cdd3; white-space: nowrap; }
      tbody tr:nth-child(even) { background: #fafbfc; }
      .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
      .figures { display: grid; gap: 16px; margin: .8em 0 1.2em;
        grid-template-columns: repeat(auto-fill, minmax(440px, 1fr)); }
      figure { margin: 0; border: 1px solid #e4e7eb; border-radius: 4px; overflow: hidden; }
      figure svg { display: block; width: 100%; height: auto; }
      pre { background: #f6f8fa; border: 1px solid #e4e7eb; border-radius: 4px;
        padding: 10px 14px; overflow-x: auto; }
      code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace;
        font-size: 13px; }
      """;

  private final StringBuilder out = new StringBuilder();

  private HtmlPage() {}

  static String render(Page page) {
    HtmlPage w = new HtmlPage();
    StringBuilder out = w.out;
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\"")
        .append(" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<title>")
        .append(escape(page.title()))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<main>\n<h1>")
        .append(escape(page.title()))
        .append("</h1>\n");
    for (Page.Block b : page.blocks()) {
      b.writeTo(w);
    }
    return out.append("</main>\n</body>\n</html>\n").toString();
  }

  @Override
  public void heading(Page.Heading h) {
    out.append("<h2>").append(escape(h.text())).append("</h2>\n");
  }

  @Override
  public void text(Page.Text t) {
    out.append("<p>").append(escape(t.text())).append("</p>\n");
  }

  @Override
  public void bullets(Page.Bullets l) {
    out.append("<ul>\n");
    for (String item : l.items()) {
      out.append("<li>").append(escape(item)).append("</li>\n");
    }
    out.append("</ul>\n");
  }

  @Override
  public void table(Page.Table t) {
    out.append("<div class=\"table-wrap\">\n<table>\n<thead>\n");
    row("th", t.header(), t.rightAligned());
    out.append("</thead>\n<tbody>\n");
    for (List<String> r : t.rows()) {
      row("td", r, t.rightAligned());
    }
    out.append("</tbody>\n</table>\n</div>\n");
  }

  @Override
  public void figures(Page.Figures f) {
    out.append("<div class=\"figures\">\n");
    for (Page.Chart c : f.charts()) {
      out.append("<figure role=\"img\" aria-label=\"")
          .append(escape(c.title()))
          .append("\">\n")
          .append(c.svg())
          .append("\n</figure>\n");
    }
    out.append("</div>\n");
  }

  @Override
  public void code(Page.Code c) {
    out.append("<pre><code>").append(escape(c.text())).append("</code></pre>\n");
  }

  private void row(String tag, List<String> cells, List<Boolean> right) {
    out.append("<tr>");
    for (int c = 0; c < cells.size(); c++) {
      out.append('<').append(tag).append(right.get(c) ? " class=\"num\">" : ">");
      out.append(escape(cells.get(c))).append("</").append(tag).append('>');
    }
    out.append("</tr>\n");
  }

  /** {@code s} safe as HTML text and inside a double- or single-quoted attribute. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }
}
