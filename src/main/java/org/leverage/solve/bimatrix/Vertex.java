package org.leverage.solve.bimatrix;

import java.util.BitSet;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * A vertex of a best-response polytope, identified by its labels: the game labels (0..m-1 for
 * the row player's strategies, m..m+n-1 for the column player's) of the constraints tight at
 * it. A vertex is the only point of its polytope where all of these constraints are tight, so
 * the label set identifies it. Neither bit set is modified after construction.
 *
 * @param labels game labels of every tight constraint
 * @param basis game labels of the nonbasic variables of one feasible basis of the vertex: d of
 *     the labels whose constraints are linearly independent (all of them when the vertex is
 *     nondegenerate)
 * @param point exact coordinates when the traversal that found the vertex was exact, else
 *     {@code null} (the point is then rebuilt exactly from the basis when it is needed)
 */
record Vertex(BitSet labels, BitSet basis, BigFraction[] point) {}
