package org.leverage.solve.nplayer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.leverage.game.NormalFormGame;

/**
 * The support profiles of a normal-form game (one non-empty set of strategies per player): how many
 * there are, and all of them, smallest total size first, as Porter, Nudelman and Shoham (Games and
 * Economic Behavior 63, 2008) order them; and the pruning by conditional dominance that Gambit's
 * {@code enumpoly} applies.
 */
final class SupportProfiles {

  private SupportProfiles() {}

  /** {@code prod (2^m_p - 1)} over the players, exactly (no overflow, nothing enumerated). */
  static BigInteger count(NormalFormGame game) {
    BigInteger count = BigInteger.ONE;
    for (int p = 0; p < game.numPlayers(); p++) {
      count =
          count.multiply(BigInteger.ONE.shiftLeft(game.numStrategies(p)).subtract(BigInteger.ONE));
    }
    return count;
  }

  /**
   * Every support profile, each as one increasing array of strategies per player; smaller total
   * size first, then in the order of the players' subsets as bit masks. Call only after {@link
   * #count} was checked against a limit: the list has that many entries.
   */
  static List<int[][]> all(NormalFormGame game) {
    int n = game.numPlayers();
    List<int[][]> out = new ArrayList<>();
    int[] mask = new int[n];
    java.util.Arrays.fill(mask, 1);
    while (true) {
      int[][] support = new int[n][];
      for (int p = 0; p < n; p++) {
        support[p] = strategies(mask[p]);
      }
      out.add(support);
      int p = 0;
      while (p < n && ++mask[p] == 1 << game.numStrategies(p)) {
        mask[p] = 1;
        p++;
      }
      if (p == n) {
        break;
      }
    }
    out.sort(Comparator.comparingInt(SupportProfiles::size));
    return out;
  }

  private static int[] strategies(int mask) {
    int[] s = new int[Integer.bitCount(mask)];
    int k = 0;
    for (int i = 0; mask >> i != 0; i++) {
      if ((mask >> i & 1) != 0) {
        s[k++] = i;
      }
    }
    return s;
  }

  private static int size(int[][] support) {
    int size = 0;
    for (int[] s : support) {
      size += s.length;
    }
    return size;
  }

  /**
   * Whether some strategy in a player's support is strictly dominated by another of its strategies
   * (in the support or not) against every profile of the others' support strategies: then it is
   * never a best reply to mixed strategies on these supports, and no equilibrium has them.
   */
  static boolean conditionallyDominated(NormalFormGame game, int[][] support) {
    int n = game.numPlayers();
    for (int p = 0; p < n; p++) {
      for (int s : support[p]) {
        for (int t = 0; t < game.numStrategies(p); t++) {
          if (t != s && dominates(game, support, p, t, s)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean dominates(NormalFormGame game, int[][] support, int p, int t, int s) {
    int n = game.numPlayers();
    int[] index = new int[n];
    while (true) {
      int cell = 0;
      for (int q = 0; q < n; q++) {
        if (q != p) {
          cell += game.stride(q) * support[q][index[q]];
        }
      }
      // Doubles round monotonically, so a strict inequality here holds in exact arithmetic too.
      if (!(game.payoffAsDouble(p, cell + game.stride(p) * t)
          > game.payoffAsDouble(p, cell + game.stride(p) * s))) {
        return false;
      }
      int q = 0;
      while (q < n && (q == p || ++index[q] == support[q].length)) {
        if (q != p) {
          index[q] = 0;
        }
        q++;
      }
      if (q == n) {
        return true;
      }
    }
  }
}
