package org.leverage.report;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with a header row; text columns left-aligned, numbers right-aligned. */
final class TextTable {

  private final List<String> header;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(List<String> header, boolean... rightAligned) {
    this.header = ImmutableList.copyOf(header);
    this.rightAligned = rightAligned.clone();
  }

  TextTable row(String... cells) {
    rows.add(List.of(cells));
    return this;
  }

  List<String> header() {
    return header;
  }

  /** The rows added so far, each with one cell per header column. */
  List<List<String>> rows() {
    return ImmutableList.copyOf(rows);
  }

  /** Whether column {@code c} is right-aligned (a column of numbers). */
  boolean rightAligned(int c) {
    return c < rightAligned.length && rightAligned[c];
  }

  String render(String indent) {
    int[] width = new int[header.size()];
    for (int c = 0; c < width.length; c++) {
      width[c] = header.get(c).length();
      for (List<String> r : rows) {
        width[c] = Math.max(width[c], r.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    appendRow(out, indent, header, width);
    List<String> rule = new ArrayList<>();
    for (int w : width) {
      rule.add(Strings.repeat("-", w));
    }
    appendRow(out, indent, rule, width);
    for (List<String> r : rows) {
      appendRow(out, indent, r, width);
    }
    return out.toString();
  }

  private void appendRow(StringBuilder out, String indent, List<String> cells, int[] width) {
    StringBuilder line = new StringBuilder(indent);
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String padded =
          rightAligned(c)
              ? Strings.padStart(cell, width[c], ' ')
              : Strings.padEnd(cell, width[c], ' ');
      line.append(c == 0 ? "" : "  ").append(padded);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
