package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code target/leverage} that {@code mvn package} writes, run as a user runs it
 * (Maven's failsafe plugin runs this after the package phase): it must exist, run, use the
 * class-data sharing archive made beside it, and without a fitting archive run exactly as {@code
 * java -jar}, saying nothing about it.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

  private static final Path TARGET = Path.of(System.getProperty("leverage.target", "target"));
  private static final Path LAUNCHER = TARGET.resolve("leverage");
  private static final Path JAR = TARGET.resolve("leverage.jar");
  private static final String JAVA_HOME = System.getProperty("java.home");

  /** What a process printed and returned. */
  record Result(int exitCode, String out, String err) {}

  private static Result exec(Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("LEVERAGE_JAVA_OPTS");
    pb.environment().remove("LEVERAGE_ARCHIVE");
    pb.environment().put("JAVA_HOME", JAVA_HOME);
    pb.environment().putAll(env);
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    try {
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
      return new Result(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static Result plainJavaJar(Path jar, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(JAVA_HOME, "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    return exec(Map.of(), command.toArray(String[]::new));
  }

  private static String[] launcher(Path script, String... args) {
    List<String> command = new ArrayList<>();
    command.add(script.toString());
    command.addAll(List.of(args));
    return command.toArray(String[]::new);
  }

  @Test
  void packageWritesAnExecutableLauncherThatPrintsTheVersion() throws Exception {
    assertTrue(Files.isRegularFile(LAUNCHER), LAUNCHER + " missing after package");
    assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " not executable");
    Result r = exec(Map.of(), launcher(LAUNCHER, "--version"));
    assertEquals(new Result(0, "leverage " + System.getProperty("leverage.version") + "\n", ""), r);
  }

  @Test
  void launcherSolvesAsJavaJarDoes() throws Exception {
    String[] args = {"solve", "games/prisoners-dilemma.nfg", "--format", "csv"};
    Result r = exec(Map.of(), launcher(LAUNCHER, args));
    assertEquals(new Result(0, "NE,0,1,0,1\n", ""), r);
    assertEquals(plainJavaJar(JAR, args), r);
  }

  /** Unless the build skipped it, the archive is there and the launcher's JVM maps it. */
  @Test
  void launcherUsesTheArchive() throws Exception {
    if (Boolean.getBoolean("leverage.archive.skip")) {
      assertFalse(Files.exists(TARGET.resolve("leverage.jsa.stamp")));
      return;
    }
    assertTrue(Files.isRegularFile(TARGET.resolve("leverage.jsa")), "no archive after package");
    Result r =
        exec(
            Map.of("LEVERAGE_JAVA_OPTS", "-Xlog:class+load=info:stderr"),
            launcher(LAUNCHER, "--version"));
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.err().contains("picocli.CommandLine source: shared objects file"),
        "picocli not loaded from the archive:\n" + r.err());
    Result off =
        exec(
            Map.of("LEVERAGE_JAVA_OPTS", "-Xlog:class+load=info:stderr", "LEVERAGE_ARCHIVE", "off"),
            launcher(LAUNCHER, "--version"));
    assertFalse(off.err().contains("picocli.CommandLine source: shared objects file"), off.err());
  }

  /**
   * A copy of the launcher and jar with an archive and stamp that do not fit (another jar, another
   * Java version) runs as plain {@code java -jar}: same output, nothing on standard error.
   */
  @Test
  void launcherWithoutAFittingArchiveRunsPlainAndQuiet(@TempDir Path dir) throws Exception {
    Path script = dir.resolve("leverage");
    Path jar = dir.resolve("leverage.jar");
    Files.copy(LAUNCHER, script, StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(JAR, jar, StandardCopyOption.COPY_ATTRIBUTES);
    String[] args = {"solve", "games/chicken.nfg", "--format", "csv"};
    Result plain = plainJavaJar(jar, args);
    assertEquals(0, plain.exitCode(), plain.err());

    assertEquals(plain, exec(Map.of(), launcher(script, args)), "no archive");

    Files.write(dir.resolve("leverage.jsa"), new byte[] {1, 2, 3});
    Files.writeString(
        dir.resolve("leverage.jsa.stamp"),
        "jar="
            + jar.toAbsolutePath()
            + "\njava="
            + Path.of(JAVA_HOME, "bin", "java")
            + "\nversion=0.0.0-another-java\n");
    assertEquals(plain, exec(Map.of(), launcher(script, args)), "archive of another Java");

    Files.writeString(
        dir.resolve("leverage.jsa.stamp"),
        "jar="
            + JAR.toAbsolutePath()
            + "\njava="
            + Path.of(JAVA_HOME, "bin", "java")
            + "\nversion="
            + System.getProperty("java.runtime.version")
            + "\n");
    assertEquals(plain, exec(Map.of(), launcher(script, args)), "archive of another jar");
  }

  /** The bundled games are inside the jar: listed and extracted from a folder without games/. */
  @Test
  void gamesListsTheBundledGamesFromAnyFolder(@TempDir Path elsewhere) throws Exception {
    Path launcher = LAUNCHER.toAbsolutePath();
    ProcessBuilder pb =
        new ProcessBuilder(launcher.toString(), "games").directory(elsewhere.toFile());
    pb.environment().put("JAVA_HOME", JAVA_HOME);
    Path out = elsewhere.resolve("listing.txt");
    Process p = pb.redirectOutput(out.toFile()).redirectErrorStream(false).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue());
    String listing = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(listing.contains("chicken.nfg  normal form, 2 players, 2x2"), listing);
    try (var games = Files.list(Path.of("games"))) {
      assertEquals(games.count(), listing.lines().count(), listing);
    }
    Result extracted =
        exec(Map.of(), launcher.toString(), "games", "--extract", "" + elsewhere.resolve("g"));
    assertEquals(0, extracted.exitCode(), extracted.err());
    assertTrue(Files.isRegularFile(elsewhere.resolve("g").resolve("chicken.nfg")));
  }
}
