package org.leverage.solve.nplayer;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Which unknowns each equation of a {@link SupportSystem} involves (a nonzero coefficient of a
 * monomial holding it), and whether the equations can be matched one to one with unknowns they
 * involve (Hall's theorem; a maximum bipartite matching by augmenting paths). Where they cannot,
 * the Jacobian is singular at every point: a group of equations involves fewer unknowns than it has
 * members.
 */
final class Structure {

  private Structure() {}

  /** The unknowns that any of {@code equations} involves. */
  static boolean[] involved(SupportSystem system, int[] equations) {
    boolean[] used = new boolean[system.unknowns()];
    for (int e : equations) {
      boolean[] row = system.involves(e);
      for (int v = 0; v < used.length; v++) {
        used[v] |= row[v];
      }
    }
    return used;
  }

  /**
   * A group of equations with fewer involved unknowns than members, or an empty array when every
   * equation can be matched to its own unknown. The group is the equations reachable by alternating
   * paths from an equation a maximum matching leaves unmatched (König's construction).
   */
  static int[] deficientEquations(SupportSystem system) {
    int n = system.unknowns();
    boolean[][] involves = new boolean[n][];
    for (int e = 0; e < n; e++) {
      involves[e] = system.involves(e);
    }
    int[] equationOf = new int[n];
    Arrays.fill(equationOf, -1);
    int unmatched = -1;
    for (int e = 0; e < n; e++) {
      if (!augment(e, involves, equationOf, new boolean[n])) {
        unmatched = e;
        break;
      }
    }
    if (unmatched < 0) {
      return new int[0];
    }
    boolean[] reached = new boolean[n];
    boolean[] seenUnknown = new boolean[n];
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(unmatched);
    reached[unmatched] = true;
    while (!queue.isEmpty()) {
      int e = queue.poll();
      for (int v = 0; v < n; v++) {
        if (involves[e][v] && !seenUnknown[v]) {
          seenUnknown[v] = true;
          int next = equationOf[v];
          if (next >= 0 && !reached[next]) {
            reached[next] = true;
            queue.add(next);
          }
        }
      }
    }
    return java.util.stream.IntStream.range(0, n).filter(e -> reached[e]).toArray();
  }

  private static boolean augment(int e, boolean[][] involves, int[] equationOf, boolean[] seen) {
    for (int v = 0; v < equationOf.length; v++) {
      if (involves[e][v] && !seen[v]) {
        seen[v] = true;
        if (equationOf[v] < 0 || augment(equationOf[v], involves, equationOf, seen)) {
          equationOf[v] = e;
          return true;
        }
      }
    }
    return false;
  }
}
