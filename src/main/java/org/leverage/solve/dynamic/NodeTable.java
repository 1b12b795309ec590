package org.leverage.solve.dynamic;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Compact storage of a solved policy and its values for a range of nodes (a node is a (period,
 * state) pair numbered by the owner). Pure policies cost two ints per node; mixed nodes add one
 * array. Each node is written by exactly one thread.
 */
final class NodeTable {

  /** Action of player 0 and 1 per node, or -1 where the node's policy is mixed. */
  final int[] action0;

  final int[] action1;

  /** Per node: null when pure, else player 0's probabilities followed by player 1's. */
  final double[][] mixed;

  /** Per node: how many stage equilibria were found (1 for leader-follower). */
  final int[] equilibria;

  /** Per node and player: {@code values[2 * node + player]}. */
  final double[] values;

  /** Per node: the choices a tie rule decided there, or null when none (or not recorded). */
  final TieDecision[][] ties;

  NodeTable(int nodes, int valueNodes) {
    action0 = new int[nodes];
    action1 = new int[nodes];
    mixed = new double[nodes][];
    equilibria = new int[nodes];
    values = new double[2 * valueNodes];
    ties = new TieDecision[nodes][];
  }

  /** The tie decisions of every node, node by node. */
  List<TieDecision> tieDecisions() {
    ImmutableList.Builder<TieDecision> b = ImmutableList.builder();
    for (TieDecision[] t : ties) {
      if (t != null) {
        b.add(t);
      }
    }
    return b.build();
  }

  boolean isPure(int node) {
    return mixed[node] == null;
  }

  int action(int player, int node) {
    if (mixed[node] != null) {
      throw new IllegalStateException("the policy at this node is mixed; use probability()");
    }
    return player == 0 ? action0[node] : action1[node];
  }

  double probability(int player, int node, int action, int numActions0) {
    double[] m = mixed[node];
    if (m == null) {
      return (player == 0 ? action0[node] : action1[node]) == action ? 1 : 0;
    }
    return m[player == 0 ? action : numActions0 + action];
  }
}
