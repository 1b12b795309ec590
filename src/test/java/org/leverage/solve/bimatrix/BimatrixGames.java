package org.leverage.solve.bimatrix;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Player;
import org.leverage.numeric.Rationals;

/** Test games built in code, and parsing of Gambit's {@code NE,} lines. */
final class BimatrixGames {

  private BimatrixGames() {}

  /** The game with payoff matrices {@code a} (row player) and {@code b} (column player). */
  static NormalFormGame of(String title, long[][] a, long[][] b) {
    int m = a.length;
    int n = a[0].length;
    BigFraction[][] cells = new BigFraction[m * n][];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        cells[i + j * m] = new BigFraction[] {new BigFraction(a[i][j]), new BigFraction(b[i][j])};
      }
    }
    return NormalFormGame.ofPayoffs(title, "", List.of(player("1", m), player("2", n)), cells);
  }

  /** An m x n game with payoffs drawn uniformly from 0..maxPayoff. */
  static NormalFormGame random(Random random, int m, int n, int maxPayoff) {
    long[][] a = new long[m][n];
    long[][] b = new long[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = random.nextInt(maxPayoff + 1);
        b[i][j] = random.nextInt(maxPayoff + 1);
      }
    }
    return of("random " + m + "x" + n, a, b);
  }

  static Player player(String name, int strategies) {
    ImmutableList.Builder<String> labels = ImmutableList.builder();
    for (int s = 1; s <= strategies; s++) {
      labels.add(Integer.toString(s));
    }
    return new Player(name, labels.build());
  }

  /** Parses {@code NE,p1,...,pm,q1,...,qn} into a profile of an m x n game. */
  static MixedProfile profile(String line, int m) {
    if (!line.startsWith("NE,")) {
      throw new IllegalArgumentException("not an NE line: " + line);
    }
    String[] parts = line.substring(3).split(",");
    ImmutableList.Builder<BigFraction> x = ImmutableList.builder();
    ImmutableList.Builder<BigFraction> y = ImmutableList.builder();
    for (int i = 0; i < parts.length; i++) {
      (i < m ? x : y).add(Rationals.parseOrThrow(parts[i]));
    }
    return new MixedProfile(List.of(x.build(), y.build()));
  }
}
