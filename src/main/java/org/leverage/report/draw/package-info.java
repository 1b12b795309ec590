/**
 * Pictures of games for {@code leverage draw}: a normal-form game as a payoff table with its
 * equilibria marked ({@link org.leverage.report.draw.PayoffTableDrawing}), a game tree with its
 * information sets and a subgame-perfect equilibrium highlighted ({@link
 * org.leverage.report.draw.TreeDrawing}), and the strategy automata of a repeated game ({@link
 * org.leverage.report.draw.AutomatonDrawing}). Each is laid out once into a {@link
 * org.leverage.report.draw.Picture} (a size and Java2D drawing steps), which {@link
 * org.leverage.report.draw.PictureFormat} writes as SVG (JFreeSVG's {@code SVGGraphics2D}) or PNG
 * (a {@code BufferedImage} through {@code ImageIO}), headless. Equilibria come computed: the
 * drawings only draw. Same input, same bytes.
 */
package org.leverage.report.draw;
