/**
 * Renderers (text tables, JSON, CSV) of the solver catalog's solutions and the analyses. Renderers
 * only format: every number they print was computed before, in the solve or analysis result. {@link
 * org.leverage.report.SolutionRenderer} picks the renderer for any solution; {@code Json} writes
 * every JSON document.
 */
package org.leverage.report;
