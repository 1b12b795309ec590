package org.leverage.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.testing.Corpus;

/** The trees of the conformance corpus, for the {@code .efg} tests; a view of {@link Corpus}. */
public final class EfgCorpus {

  private EfgCorpus() {}

  /** One MANIFEST.tsv row of a tree: name, players, shape column. */
  public record Entry(String name, int players, String shape) {

    /**
     * The number of cells of the unreduced strategic form (the product of the {@code pure=a/b/..}
     * counts of the shape), an upper bound of the reduced form's; infinite when the shape has none.
     */
    public double pureCells() {
      Matcher m = Pattern.compile("pure=(\\S+)").matcher(shape);
      if (!m.find()) {
        return Double.POSITIVE_INFINITY;
      }
      double cells = 1;
      for (String c : m.group(1).split("/")) {
        cells *= Double.parseDouble(c);
      }
      return cells;
    }
  }

  /** The MANIFEST.tsv row of the tree {@code name}. */
  public static Entry entry(String name) {
    return trees().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

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
    return Corpus.text(path);
  }

  /** The {@code NE,} rows of {@code expected/FILE}, exact; empty when the file is absent. */
  public static Optional<List<List<BigFraction>>> equilibria(String file) {
    return Corpus.equilibria("expected/" + file);
  }

  public static ExtensiveGame game(String name) {
    return Corpus.efg("games/" + name);
  }
}
