package org.leverage.report;

import com.google.common.base.Strings;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a {@link Page} as Markdown (CommonMark with GitHub's tables): the charts are images
 * linked by relative path to their own {@code .svg} files ({@link Page.Chart#file}), which the
 * caller writes beside it. Every string of the page is escaped, so a title or a source from the
 * user's file shows as typed and cannot add markup, links or HTML.
 */
final class MarkdownPage implements Page.Writer {

  /** Characters with a meaning anywhere in a line, escaped with a backslash wherever they are. */
  private static final String SPECIAL = "\\`*[]<|#~";

  /**
   * A start that would make a line a list item ({@code - }, {@code + }, {@code 1. }, {@code 1) }),
   * a quote or a heading underline.
   */
  private static final Pattern BLOCK_START = Pattern.compile("[-+=>]|[0-9]+[.)]");

  /** An HTML character reference, which Markdown would turn into the character. */
  private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]+;");

  private final StringBuilder out = new StringBuilder();

  private MarkdownPage() {}

  static String render(Page page) {
    MarkdownPage w = new MarkdownPage();
    w.out.append("# ").append(escape(page.title())).append('\n');
    for (Page.Block b : page.blocks()) {
      w.out.append('\n');
      b.writeTo(w);
    }
    return w.out.toString();
  }

  @Override
  public void heading(Page.Heading h) {
    out.append("## ").append(escape(h.text())).append('\n');
  }

  @Override
  public void text(Page.Text t) {
    out.append(lineStart(t.text())).append('\n');
  }

  @Override
  public void bullets(Page.Bullets b) {
    for (String item : b.items()) {
      out.append("- ").append(lineStart(item)).append('\n');
    }
  }

  @Override
  public void table(Page.Table t) {
    row(t.header());
    out.append('|');
    for (boolean right : t.rightAligned()) {
      out.append(right ? " ---: |" : " --- |");
    }
    out.append('\n');
    for (List<String> r : t.rows()) {
      row(r);
    }
  }

  @Override
  public void figures(Page.Figures f) {
    for (int i = 0; i < f.charts().size(); i++) {
      Page.Chart c = f.charts().get(i);
      out.append(i == 0 ? "" : "\n")
          .append("![")
          .append(escape(c.title()))
          .append("](")
          .append(c.file())
          .append(")\n");
    }
  }

  @Override
  public void code(Page.Code c) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < c.text().length(); i++) {
      run = c.text().charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = Strings.repeat("`", Math.max(3, longest + 1));
    out.append(fence).append("sh\n").append(c.text()).append('\n').append(fence).append('\n');
  }

  private void row(List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(escape(cell)).append(" |");
    }
    out.append('\n');
  }

  /**
   * {@code s} as literal Markdown text at the start of a line: as {@link #escape}, and a start that
   * would make the line a list item or a heading underline escaped too.
   */
  static String lineStart(String s) {
    Matcher start = BLOCK_START.matcher(s);
    if (!start.lookingAt()) {
      return escape(s);
    }
    int mark = start.end() - 1;
    return escape(s.substring(0, mark)) + '\\' + escape(s.substring(mark));
  }

  /**
   * {@code s} as literal Markdown text on one line: punctuation that could start markup escaped
   * with a backslash, line breaks turned into spaces (a table row or heading is one line). An
   * underscore inside a word ({@code STRATEGIC_DEPENDENCY}) and an ampersand that starts no
   * character reference ({@code R&D}) mean nothing in Markdown and stay as they are, so the file
   * reads well as text too.
   */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    Matcher entity = ENTITY.matcher(s);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\r' || ch == '\n') {
        out.append(' ');
        continue;
      }
      boolean markup =
          SPECIAL.indexOf(ch) >= 0
              || (ch == '_' && !(wordChar(s, i - 1) && wordChar(s, i + 1)))
              || (ch == '&' && entity.region(i, s.length()).lookingAt());
      if (markup) {
        out.append('\\');
      }
      out.append(ch);
    }
    return out.toString();
  }

  private static boolean wordChar(String s, int i) {
    return i >= 0 && i < s.length() && Character.isLetterOrDigit(s.charAt(i));
  }
}
