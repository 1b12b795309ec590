package org.leverage.io;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The Gambit {@code .nfg} files of the conformance corpus, found through the classpath. */
final class NfgCorpus {

  private NfgCorpus() {}

  static Path gamesDirectory() {
    URL url = NfgCorpus.class.getResource("/conformance/games/MANIFEST.tsv");
    if (url == null) {
      throw new IllegalStateException("conformance corpus missing from the test classpath");
    }
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path game(String name) {
    return gamesDirectory().resolve(name);
  }

  static List<Path> nfgFiles() throws IOException {
    try (Stream<Path> files = Files.list(gamesDirectory())) {
      List<Path> list =
          files.filter(f -> f.getFileName().toString().endsWith(".nfg")).sorted().toList();
      if (list.isEmpty()) {
        throw new IllegalStateException("no .nfg files in " + gamesDirectory());
      }
      return list;
    }
  }
}
