package org.leverage.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.tree.ExtensiveGame;

/** Seeded random perfect-information trees with chance moves, built in preorder. */
public final class RandomTrees {

  private RandomTrees() {}

  /**
   * A tree of exactly {@code nodes} nodes (at least 1): each node is internal with probability 1/2
   * (forced while the tree would otherwise end early), with 2 or 3 children (1 where only one more
   * node fits); internal nodes are chance with probability {@code chanceShare}, probabilities k/6;
   * leaves get integer payoffs in [0, payoffRange). Small ranges give many ties.
   */
  public static ExtensiveGame perfectInformation(
      long seed, int nodes, int players, double chanceShare, int payoffRange) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<String> names = new ArrayList<>();
    for (int p = 1; p <= players; p++) {
      names.add("P" + p);
    }
    ExtensiveGame.Builder b = ExtensiveGame.builder("random " + seed, "", names);
    int[] nextInfoset = new int[players + 1];
    int outcomes = 0;
    for (int made = 0; made < nodes; made++) {
      long open = b.missingNodes();
      long room = nodes - made - open; // nodes that may still be added beyond the open ones
      boolean mustGrow = open == 1 && made + 1 < nodes;
      int m = (int) Math.min(2 + rnd.nextInt(2), room);
      boolean internal = room > 0 && (mustGrow || rnd.nextBoolean());
      if (!internal) {
        List<BigFraction> pay = new ArrayList<>();
        for (int p = 0; p < players; p++) {
          pay.add(new BigFraction(rnd.nextInt(payoffRange)));
        }
        b.outcome(++outcomes, "", pay);
        b.terminal("", outcomes);
        continue;
      }
      List<String> actions = List.of("a", "b", "c").subList(0, m);
      if (rnd.nextDouble() < chanceShare) {
        int number = ++nextInfoset[0];
        List<BigFraction> probs =
            switch (m) {
              case 1 -> List.of(BigFraction.ONE);
              case 2 -> List.of(new BigFraction(1, 6), new BigFraction(5, 6));
              default ->
                  List.of(new BigFraction(1, 6), new BigFraction(2, 6), new BigFraction(3, 6));
            };
        b.chanceInfoset(number, "", actions, probs).chance("", number, 0);
      } else {
        int player = 1 + rnd.nextInt(players);
        int number = ++nextInfoset[player];
        b.infoset(player, number, "", actions).decision("", player, number, 0);
      }
    }
    return b.build();
  }
}
