package org.leverage.solve.bimatrix;

import java.util.List;

/**
 * The vertices of one best-response polytope other than the origin, and the work done to
 * find them.
 *
 * @param vertices every vertex except the origin, each once
 * @param bases feasible bases visited
 * @param pivots pivots performed (in floating point, or exact for an exact traversal)
 * @param exactDecisions decisions of a floating-point traversal that were too close to call
 *     and were taken in exact arithmetic instead
 * @param exact whether the whole traversal ran in exact arithmetic
 */
record Traversal(
    List<Vertex> vertices, long bases, long pivots, long exactDecisions, boolean exact) {}
