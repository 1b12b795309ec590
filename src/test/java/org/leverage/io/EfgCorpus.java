package org.leverage.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.numeric.Rationals;

/** Test access to the conformance corpus on the classpath. */
public final class EfgCorpus {

  private EfgCorpus() {}

  /** One MANIFEST.tsv row of a tree: name, players, shape column. */
  public record Entry(String name, int players, String shape) {}

  public static List<Entry> trees() {
    List<Entry> out = new ArrayList<>();
    String[] lines = resource("games/MANIFEST.tsv").orElseThrow().split("\n");
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].split("\t", -1);
      if (f[0].endsWith(".efg")) {
        out.add(new Entry(f[0], Integer.parseInt(f[3]), f[4]));
      }
    }
    return out;
  }

  /** The text of {@code conformance/PATH}, if present. */
  public static Optional<String> resource(String path) {
    try (InputStream in = EfgCorpus.class.getResourceAsStream("/conformance/" + path)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code NE,} rows of {@code expected/FILE}, exact; empty when the file is absent. */
  public static Optional<List<List<BigFraction>>> equilibria(String file) {
    return resource("expected/" + file)
        .map(
            text ->
                text.lines()
                    .filter(l -> l.startsWith("NE,"))
                    .map(
                        l ->
                            Arrays.stream(l.substring(3).split(","))
                                .map(Rationals::parseOrThrow)
                                .toList())
                    .toList());
  }

  public static ExtensiveGame game(String name) {
    try {
      return EfgReader.read(name, resource("games/" + name).orElseThrow());
    } catch (GameFormatException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
