package org.leverage.solve.bimatrix;

/**
 * Called by a traversal for each new vertex the moment it is found, so that its partners can be
 * sought (and its equilibria reported) before the traversal ends.
 */
@FunctionalInterface
interface VertexVisitor {

  /** Visits nothing and never stops the traversal. */
  VertexVisitor NONE = (vertices, entry) -> true;

  /**
   * Visits entry {@code entry} of {@code vertices}, just added.
   *
   * @return whether the traversal goes on; false stops it, and it then returns no traversal
   */
  boolean visit(LabelTable vertices, int entry);
}
