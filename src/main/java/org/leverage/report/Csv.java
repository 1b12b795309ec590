package org.leverage.report;

import java.util.List;

/** CSV rows (RFC 4180): fields with commas, quotes or line breaks are quoted. */
final class Csv {

  private final StringBuilder out = new StringBuilder();

  Csv row(String... fields) {
    return row(List.of(fields));
  }

  Csv row(List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      out.append(i == 0 ? "" : ",").append(field(fields.get(i)));
    }
    out.append('\n');
    return this;
  }

  static String field(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
