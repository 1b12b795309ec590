/**
 * Renderers (text tables, JSON, CSV, and report pages: one {@code Page} rendered as self-contained
 * HTML and as Markdown, with charts drawn by {@link org.leverage.report.chart}) of the solver
 * catalog's solutions and the analyses. Renderers only format: every number they print was computed
 * before, in the solve or analysis result. {@link org.leverage.report.SolutionRenderer} picks the
 * renderer for any solution; {@code Json} writes every JSON document. They write no files: they
 * return file names and contents.
 */
package org.leverage.report;
