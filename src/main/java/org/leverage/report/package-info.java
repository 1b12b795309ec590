/**
 * Immutable report models and their renderers (text tables, JSON, CSV, and report pages: one {@code
 * Page} rendered as self-contained HTML and as Markdown, with charts drawn by {@link
 * org.leverage.report.chart}). Renderers only format: every number they print was computed before,
 * exactly, in the report model. They write no files: they return file names and contents.
 */
package org.leverage.report;
