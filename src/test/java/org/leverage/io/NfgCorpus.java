package org.leverage.io;

import java.nio.file.Path;
import java.util.List;
import org.leverage.testing.Corpus;

/**
 * The Gambit {@code .nfg} files of the conformance corpus as files, for the reader and writer tests
 * that read from the file system; a view of {@link Corpus}.
 */
final class NfgCorpus {

  private NfgCorpus() {}

  static Path game(String name) {
    return Corpus.gamesDirectory().resolve(name);
  }

  static List<Path> nfgFiles() {
    return Corpus.nfgFiles();
  }
}
