package org.leverage.solve.bimatrix;

import java.util.Random;
import org.leverage.game.NormalFormGame;
import org.leverage.testing.TestGames;

/**
 * Seeded random bimatrix games in the draw order these tests were written with (row by row, a then
 * b in each cell), which differs from {@link TestGames#random}'s; keeping it keeps the test games.
 */
final class BimatrixGames {

  private BimatrixGames() {}

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
    return TestGames.bimatrix(a, b);
  }
}
