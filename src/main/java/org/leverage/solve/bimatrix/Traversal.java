package org.leverage.solve.bimatrix;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The vertices of one best-response polytope other than the origin, and the work done to find them.
 *
 * @param vertices every vertex except the origin, each once
 * @param points exact coordinates per entry of {@code vertices} when the traversal was exact, else
 *     {@code null} (points are then rebuilt exactly from a basis when needed)
 * @param bases feasible bases visited
 * @param pivots pivots performed (in floating point, or exact for an exact traversal)
 * @param exactDecisions decisions of a floating-point traversal that were too close to call and
 *     were taken in exact arithmetic instead
 */
record Traversal(
    LabelTable vertices, List<BigFraction[]> points, long bases, long pivots, long exactDecisions) {

  /** Whether the whole traversal ran in exact arithmetic. */
  boolean exact() {
    return points != null;
  }
}
