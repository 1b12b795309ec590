package org.leverage.solve.selection;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;

/**
 * The exact expected payoffs of a list of equilibria, the dominance relations between them, and how
 * reasons name equilibria: by 1-based position.
 */
final class ExpectedPayoffs {

  private final BigFraction[][] payoffs;

  ExpectedPayoffs(NormalFormGame game, List<MixedProfile> equilibria) {
    payoffs = new BigFraction[equilibria.size()][game.numPlayers()];
    for (int e = 0; e < payoffs.length; e++) {
      for (int i = 0; i < game.numPlayers(); i++) {
        payoffs[e][i] = ProfilePayoffs.expectedPayoff(game, equilibria.get(e), i);
      }
    }
  }

  int size() {
    return payoffs.length;
  }

  /** Whether {@code f} pays every player at least as much as {@code e}, and one more. */
  boolean paretoDominates(int f, int e) {
    boolean better = false;
    for (int i = 0; i < payoffs[e].length; i++) {
      int c = payoffs[f][i].compareTo(payoffs[e][i]);
      if (c < 0) {
        return false;
      }
      better |= c > 0;
    }
    return better;
  }

  /** Whether {@code f} pays every player strictly more than {@code e}. */
  boolean strictlyBetterForAll(int f, int e) {
    for (int i = 0; i < payoffs[e].length; i++) {
      if (payoffs[f][i].compareTo(payoffs[e][i]) <= 0) {
        return false;
      }
    }
    return true;
  }

  /** The equilibria no other Pareto-dominates, in order. */
  List<Integer> undominated() {
    List<Integer> out = new ArrayList<>();
    for (int e = 0; e < payoffs.length; e++) {
      if (dominator(e) < 0) {
        out.add(e);
      }
    }
    return out;
  }

  /** The first equilibrium that Pareto-dominates {@code e}, or -1. */
  int dominator(int e) {
    for (int f = 0; f < payoffs.length; f++) {
      if (f != e && paretoDominates(f, e)) {
        return f;
      }
    }
    return -1;
  }

  /** {@code "equilibrium 2"}, {@code "equilibria 1 and 3"}, {@code "equilibria 1, 2 and 4"}. */
  static String describe(List<Integer> positions) {
    if (positions.size() == 1) {
      return "equilibrium " + (positions.get(0) + 1);
    }
    StringBuilder s = new StringBuilder("equilibria ");
    for (int k = 0; k < positions.size(); k++) {
      s.append(k == 0 ? "" : k == positions.size() - 1 ? " and " : ", ")
          .append(positions.get(k) + 1);
    }
    return s.toString();
  }
}
