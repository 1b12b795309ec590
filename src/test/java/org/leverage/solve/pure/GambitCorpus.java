package org.leverage.solve.pure;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.io.GameFormatException;
import org.leverage.io.NfgReader;
import org.leverage.numeric.Rationals;

/**
 * The Gambit corpus on the test classpath ({@code conformance/}): strategic-form games and
 * Gambit's printed equilibria.
 */
public final class GambitCorpus {

  private GambitCorpus() {}

  /** The {@code .nfg} games that Gambit's {@code TOOL} has an output file for, by name. */
  public static List<String> nfgGamesWith(String tool) {
    Path games = resource("/conformance/games");
    try (Stream<Path> files = Files.list(games)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(".nfg"))
          .filter(name -> expectedFile(name, tool).isPresent())
          .sorted()
          .collect(ImmutableList.toImmutableList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static NormalFormGame read(String name) {
    try {
      return NfgReader.read(resource("/conformance/games/" + name));
    } catch (IOException | GameFormatException e) {
      throw new AssertionError("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /** The text of every {@code NE,} line Gambit's {@code tool} printed for the game. */
  public static List<List<String>> equilibriumLines(String name, String tool) {
    Path file = expectedFile(name, tool).orElseThrow();
    try {
      List<List<String>> lines = new ArrayList<>();
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith("NE,")) {
          lines.add(List.of(line.substring(3).split(",")));
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Gambit's exact equilibria of the game (tools that print rationals), as profiles in
   * canonical order.
   */
  public static List<MixedProfile> exactEquilibria(NormalFormGame game, String name, String tool) {
    List<MixedProfile> profiles = new ArrayList<>();
    for (List<String> values : equilibriumLines(name, tool)) {
      List<List<BigFraction>> strategies = new ArrayList<>();
      int i = 0;
      for (int p = 0; p < game.numPlayers(); p++) {
        List<BigFraction> probs = new ArrayList<>();
        for (int s = 0; s < game.numStrategies(p); s++) {
          probs.add(Rationals.parseOrThrow(values.get(i++)));
        }
        strategies.add(probs);
      }
      if (i != values.size()) {
        throw new AssertionError(
            name + ": NE line has " + values.size() + " entries; expected " + i);
      }
      profiles.add(new MixedProfile(strategies));
    }
    profiles.sort(MixedProfile.CANONICAL_ORDER);
    return profiles;
  }

  private static Optional<Path> expectedFile(String name, String tool) {
    URL url = GambitCorpus.class.getResource("/conformance/expected/" + name + "." + tool + ".txt");
    return Optional.ofNullable(url).map(GambitCorpus::toPath);
  }

  private static Path resource(String name) {
    URL url = GambitCorpus.class.getResource(name);
    if (url == null) {
      throw new AssertionError("missing test resource " + name);
    }
    return toPath(url);
  }

  private static Path toPath(URL url) {
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
