package org.leverage.solve.bimatrix;

import java.util.BitSet;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * A vertex of a best-response polytope, identified by its labels: the game labels (0..m-1 for
 * the row player's strategies, m..m+n-1 for the column player's) of the constraints tight at
 * it. A vertex is the only point of its polytope where all of these constraints are tight, so
 * the label set identifies it.
 *
 * @param labels game labels of every tight constraint; never modified after construction
 * @param point exact coordinates when the traversal that found the vertex was exact, else
 *     {@code null} (the point is then rebuilt exactly from the labels when it is needed)
 */
record Vertex(BitSet labels, BigFraction[] point) {}
