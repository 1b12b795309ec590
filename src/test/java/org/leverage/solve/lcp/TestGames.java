package org.leverage.solve.lcp;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Player;
import org.leverage.io.GameFormatException;
import org.leverage.io.NfgReader;
import org.leverage.numeric.Rationals;

/**
 * Games for the two-player solver tests: the conformance corpus on the classpath, Gambit's expected
 * answers, and seeded random bimatrix games.
 */
public final class TestGames {

  private TestGames() {}

  /** Reads a classpath resource, or empty when it does not exist. */
  public static Optional<String> resource(String path) {
    try (InputStream in = TestGames.class.getResourceAsStream(path)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A game of the corpus, e.g. {@code "/conformance/games/deg1.nfg"}. */
  public static NormalFormGame game(String path) {
    String text = resource(path).orElseThrow(() -> new IllegalStateException("missing " + path));
    try {
      return NfgReader.read(path, text);
    } catch (GameFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The {@code NE,} lines of an expected-output file as flattened exact profiles. */
  public static List<List<BigFraction>> expected(String path) {
    String text = resource(path).orElseThrow(() -> new IllegalStateException("missing " + path));
    return text.lines()
        .filter(l -> l.startsWith("NE,"))
        .map(
            l ->
                List.of(l.substring(3).split(",")).stream()
                    .map(Rationals::parseOrThrow)
                    .map(BigFraction::reduce)
                    .collect(ImmutableList.toImmutableList()))
        .distinct()
        .collect(Collectors.toList());
  }

  /** Flattened profiles, as in Gambit's output. */
  public static List<List<BigFraction>> flattened(List<MixedProfile> profiles) {
    return profiles.stream().map(MixedProfile::flatten).collect(Collectors.toList());
  }

  /** A bimatrix game with payoffs drawn uniformly from {@code 0..maxPayoff}. */
  public static NormalFormGame randomBimatrix(long seed, int m, int n, int maxPayoff) {
    Random random = new Random(seed);
    BigFraction[][] cells = new BigFraction[m * n][2];
    for (BigFraction[] cell : cells) {
      cell[0] = new BigFraction(random.nextInt(maxPayoff + 1));
      cell[1] = new BigFraction(random.nextInt(maxPayoff + 1));
    }
    return bimatrix("random " + m + "x" + n + " seed " + seed, cells, m, n);
  }

  /**
   * A two-player game from payoff rows: {@code a[i][j]} and {@code b[i][j]} to the row and column
   * player.
   */
  public static NormalFormGame bimatrix(long[][] a, long[][] b) {
    int m = a.length;
    int n = a[0].length;
    BigFraction[][] cells = new BigFraction[m * n][];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        cells[i + j * m] = new BigFraction[] {new BigFraction(a[i][j]), new BigFraction(b[i][j])};
      }
    }
    return bimatrix("test game", cells, m, n);
  }

  private static NormalFormGame bimatrix(String title, BigFraction[][] cells, int m, int n) {
    return NormalFormGame.ofPayoffs(title, "", List.of(player("1", m), player("2", n)), cells);
  }

  private static Player player(String name, int strategies) {
    List<String> labels = new ArrayList<>();
    for (int s = 1; s <= strategies; s++) {
      labels.add(Integer.toString(s));
    }
    return new Player(name, labels);
  }
}
