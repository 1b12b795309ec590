package org.leverage.report;

/** The output formats of every command; the names are the command-line values. */
public enum OutputFormat {
  text,
  json,
  csv
}
