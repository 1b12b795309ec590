package org.leverage.solve.bimatrix;

import java.util.List;

/**
 * The vertices of one best-response polytope other than the origin, and the work done to
 * find them.
 *
 * @param vertices every vertex except the origin, each once
 * @param bases feasible bases visited
 * @param pivots pivots performed
 * @param exact whether the traversal ran in exact arithmetic
 */
record Traversal(List<Vertex> vertices, long bases, long pivots, boolean exact) {}
