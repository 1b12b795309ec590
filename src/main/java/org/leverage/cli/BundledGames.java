package org.leverage.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The example games shipped in the jar (the project's {@code games/} folder, copied in as resources
 * by the build), found on the classpath whatever the working folder: inside the jar, or in the
 * classes folder when run from the build.
 */
final class BundledGames {

  /** The resource folder of the games. */
  static final String FOLDER = "/games";

  private BundledGames() {}

  /** What is done with the bundled games' files, sorted by name. */
  interface Use<T> {
    T with(List<Path> files) throws IOException;
  }

  /**
   * Runs {@code use} on the bundled games' files, sorted by name; inside a jar the paths are valid
   * only during the call.
   *
   * @throws IllegalStateException when the games are not on the classpath (a broken build)
   */
  static <T> T use(Use<T> use) throws IOException {
    URL url = BundledGames.class.getResource(FOLDER);
    if (url == null) {
      throw new IllegalStateException("the bundled games are missing from the classpath");
    }
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the bundled games' location is not a URI: " + url, e);
    }
    if (!uri.getScheme().equals("jar")) {
      return use.with(list(Path.of(uri)));
    }
    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
      return use.with(list(jar.getPath(FOLDER)));
    }
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(Files::isRegularFile)
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    }
  }
}
