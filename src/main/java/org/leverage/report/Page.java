package org.leverage.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Objects;

/**
 * A report page as a list of blocks, written once and rendered alike as self-contained HTML ({@link
 * HtmlPage}) and as Markdown with its charts beside it ({@link MarkdownPage}). Every string is
 * plain text; the renderers escape it. Immutable.
 *
 * @param title the page's title and first heading
 * @param blocks in reading order
 */
record Page(String title, List<Block> blocks) {

  Page {
    Objects.requireNonNull(title, "title");
    blocks = ImmutableList.copyOf(blocks);
  }

  /** Writes a page's blocks in one format; the compiler checks that it handles every kind. */
  interface Writer {
    void heading(Heading h);

    void text(Text t);

    void bullets(Bullets b);

    void table(Table t);

    void figures(Figures f);

    void code(Code c);
  }

  /** One part of a page. */
  sealed interface Block permits Heading, Text, Bullets, Table, Figures, Code {
    /** Hands this block to the writer's method for its kind. */
    void writeTo(Writer w);
  }

  /** A section heading, one level below the title. */
  record Heading(String text) implements Block {
    @Override
    public void writeTo(Writer w) {
      w.heading(this);
    }
  }

  /** A paragraph. */
  record Text(String text) implements Block {
    @Override
    public void writeTo(Writer w) {
      w.text(this);
    }
  }

  /** A bulleted list, one item a line. */
  record Bullets(List<String> items) implements Block {
    Bullets {
      items = ImmutableList.copyOf(items);
    }

    @Override
    public void writeTo(Writer w) {
      w.bullets(this);
    }
  }

  /**
   * A table with a header row.
   *
   * @param rightAligned one flag per column: right-aligned (a column of numbers)
   * @param rows each with one cell per header column
   */
  record Table(List<String> header, List<Boolean> rightAligned, List<List<String>> rows)
      implements Block {
    Table {
      header = ImmutableList.copyOf(header);
      rightAligned = ImmutableList.copyOf(rightAligned);
      rows = rows.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
      if (rightAligned.size() != header.size()) {
        throw new IllegalArgumentException(
            "a table needs one alignment per column ("
                + header.size()
                + ") but has "
                + rightAligned.size());
      }
      for (List<String> r : rows) {
        if (r.size() != header.size()) {
          throw new IllegalArgumentException(
              "table row " + r + " has " + r.size() + " cells; expected " + header.size());
        }
      }
    }

    /** The table {@code t} holds. */
    static Table of(TextTable t) {
      List<Boolean> right = new java.util.ArrayList<>();
      for (int c = 0; c < t.header().size(); c++) {
        right.add(t.rightAligned(c));
      }
      return new Table(t.header(), right, t.rows());
    }

    @Override
    public void writeTo(Writer w) {
      w.table(this);
    }
  }

  /** Charts shown side by side where the page is wide enough. */
  record Figures(List<Chart> charts) implements Block {
    Figures {
      charts = ImmutableList.copyOf(charts);
    }

    @Override
    public void writeTo(Writer w) {
      w.figures(this);
    }
  }

  /** A block of code shown as it is, e.g. the command that produced the report. */
  record Code(String text) implements Block {
    @Override
    public void writeTo(Writer w) {
      w.code(this);
    }
  }

  /**
   * A chart of a page.
   *
   * @param id the SVG element's id, unique within the page; the Markdown page links it as {@code
   *     id.svg}
   * @param title what the chart shows, in words (alternative text)
   * @param svg the {@code <svg>} element, without XML declaration
   */
  record Chart(String id, String title, String svg) {
    Chart {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(svg, "svg");
    }

    /** The name of the chart's own SVG file, e.g. {@code chart-leverage.svg}. */
    String file() {
      return id + ".svg";
    }

    /** The chart as a standalone SVG file. */
    String svgFile() {
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n";
    }
  }

  /**
   * Adds the rendered page to a report's files: {@code report.html}, {@code report.md} and one
   * {@code .svg} per chart beside the Markdown.
   */
  void addTo(ImmutableMap.Builder<String, String> files, List<Chart> charts) {
    files.put(CompareReport.HTML, HtmlPage.render(this));
    files.put(CompareReport.MARKDOWN, MarkdownPage.render(this));
    for (Chart chart : charts) {
      files.put(chart.file(), chart.svgFile());
    }
  }
}
