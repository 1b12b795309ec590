package org.leverage.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writing output files as UTF-8 text. Every failure is an {@link OutputException} naming the file
 * or folder and the reason, never an {@link IOException}, which would read as an unreadable input.
 */
public final class OutputFiles {

  private OutputFiles() {}

  /**
   * Writes {@code text} to {@code file}, replacing it.
   *
   * @throws OutputException when the file cannot be written
   */
  public static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new OutputException(file, e);
    }
  }

  /**
   * Writes {@code bytes} to {@code file}, replacing it.
   *
   * @throws OutputException when the file cannot be written
   */
  public static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new OutputException(file, e);
    }
  }

  /**
   * Creates {@code dir} with its parents where missing and writes each file into it, by name.
   *
   * @param files the file names, relative to {@code dir}, and their contents, written in this order
   * @throws OutputException when the folder cannot be created or a file cannot be written
   */
  public static void writeAll(Path dir, Map<String, String> files) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new OutputException(dir, e);
    }
    files.forEach((name, text) -> write(dir.resolve(name), text));
  }
}
