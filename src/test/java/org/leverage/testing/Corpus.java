package org.leverage.testing;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.io.EfgReader;
import org.leverage.io.GameFormatException;
import org.leverage.io.NfgReader;
import org.leverage.numeric.Rationals;

/**
 * The Gambit conformance corpus on the test classpath ({@code /conformance/}): games in {@code
 * games/} (listed in {@code games/MANIFEST.tsv}) and {@code random/}, Gambit's printed answers in
 * {@code expected/NAME.TOOL.txt} and {@code expected-random/}. Every {@code path} below is relative
 * to {@code /conformance/}. A missing resource that a test needs fails the test.
 */
public final class Corpus {

  private static final String ROOT = "/conformance/";

  private Corpus() {}

  /** The text of {@code path}, or empty when it does not exist. */
  public static Optional<String> text(String path) {
    try (InputStream in = Corpus.class.getResourceAsStream(ROOT + path)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String requireText(String path) {
    return text(path).orElseThrow(() -> new IllegalStateException("missing " + ROOT + path));
  }

  /** The strategic-form game at {@code path}, e.g. {@code "games/deg1.nfg"}. */
  public static NormalFormGame nfg(String path) {
    try {
      return NfgReader.read(ROOT + path, requireText(path));
    } catch (GameFormatException e) {
      throw new AssertionError("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** The tree at {@code path}, e.g. {@code "games/e01.efg"}; messages name the file alone. */
  public static ExtensiveGame efg(String path) {
    try {
      return EfgReader.read(Path.of(path).getFileName().toString(), requireText(path));
    } catch (GameFormatException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** The file-system directory of {@code games/}. */
  public static Path gamesDirectory() {
    URL url = Corpus.class.getResource(ROOT + "games/MANIFEST.tsv");
    if (url == null) {
      throw new IllegalStateException("conformance corpus missing from the test classpath");
    }
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The {@code .nfg} files of {@code games/}, sorted. */
  public static List<Path> nfgFiles() {
    try (Stream<Path> files = Files.list(gamesDirectory())) {
      List<Path> list =
          files.filter(f -> f.getFileName().toString().endsWith(".nfg")).sorted().toList();
      if (list.isEmpty()) {
        throw new IllegalStateException("no .nfg files in " + gamesDirectory());
      }
      return list;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of the {@code .nfg} games that Gambit's {@code tool} has an output file for. */
  public static List<String> nfgGamesWith(String tool) {
    return nfgFiles().stream()
        .map(f -> f.getFileName().toString())
        .filter(name -> text(expected(name, tool)).isPresent())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The path of Gambit's {@code tool} output for game {@code name}: {@code expected/NAME.TOOL.txt}.
   */
  public static String expected(String name, String tool) {
    return "expected/" + name + "." + tool + ".txt";
  }

  /** The comma-separated fields of every {@code NE} line of {@code path}; empty when absent. */
  public static Optional<List<List<String>>> equilibriumLines(String path) {
    return text(path).map(Corpus::fields);
  }

  /** A bare {@code NE} line (a tree without personal moves: the empty profile) has no fields. */
  private static List<List<String>> fields(String text) {
    return text.lines()
        .filter(l -> l.equals("NE") || l.startsWith("NE,"))
        .map(l -> l.equals("NE") ? List.<String>of() : List.of(l.substring(3).split(",")))
        .toList();
  }

  /** The {@code NE,} lines of {@code path} as flattened exact profiles; empty when absent. */
  public static Optional<List<List<BigFraction>>> equilibria(String path) {
    return text(path).map(Corpus::flattenedProfiles);
  }

  private static List<List<BigFraction>> flattenedProfiles(String text) {
    return fields(text).stream()
        .map(fields -> fields.stream().map(Rationals::parseOrThrow).toList())
        .toList();
  }

  /**
   * The distinct {@code NE,} profiles of {@code path}, flattened (Gambit prints some twice).
   *
   * @throws IllegalStateException when the file is absent
   */
  public static List<List<BigFraction>> distinctEquilibria(String path) {
    return equilibria(path)
        .orElseThrow(() -> new IllegalStateException("missing " + ROOT + path))
        .stream()
        .distinct()
        .toList();
  }

  /**
   * Gambit's exact equilibria of {@code game} in {@code path} (tools that print rationals), as
   * profiles in canonical order.
   */
  public static List<MixedProfile> exactEquilibria(NormalFormGame game, String path) {
    return profiles(game, path, requireText(path));
  }

  /**
   * The {@code NE,} lines of {@code text} (Gambit's output format, e.g. lines quoted in a test) as
   * exact profiles of {@code game}, in canonical order; {@code source} names the text in messages.
   */
  public static List<MixedProfile> profiles(NormalFormGame game, String source, String text) {
    int entries = 0;
    for (int p = 0; p < game.numPlayers(); p++) {
      entries += game.numStrategies(p);
    }
    List<MixedProfile> profiles = new ArrayList<>();
    for (List<BigFraction> values : flattenedProfiles(text)) {
      if (values.size() != entries) {
        throw new AssertionError(
            source + ": NE line has " + values.size() + " entries; expected " + entries);
      }
      List<List<BigFraction>> strategies = new ArrayList<>();
      int i = 0;
      for (int p = 0; p < game.numPlayers(); p++) {
        strategies.add(values.subList(i, i + game.numStrategies(p)));
        i += game.numStrategies(p);
      }
      profiles.add(new MixedProfile(strategies));
    }
    profiles.sort(MixedProfile.CANONICAL_ORDER);
    return profiles;
  }
}
