/**
 * Charts as SVG text, for the HTML and Markdown reports: a line chart of named series of (x, y)
 * points, a bar chart of categories, a histogram coloured by the side of a marked value and a map
 * of a two-parameter grid coloured by category with a curve over it, drawn by JFreeChart and
 * written by JFreeSVG's {@code SVGGraphics2D}. No display is needed and nothing is written to disk;
 * the same chart always gives the same bytes (fixed ids, fixed fonts, numbers under {@link
 * java.util.Locale#ROOT}).
 */
package org.leverage.report.chart;
