package org.leverage.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads game files as text: strict UTF-8, a size limit checked before reading, and a clear refusal
 * of binary data. Shared by every reader so that they fail the same way on the same bad input.
 */
final class TextInput {

  /** Largest game file read, in bytes: far above any game that fits the payoff-entry limit. */
  static final long MAX_FILE_BYTES = 512L << 20;

  private TextInput() {}

  /**
   * The text of {@code file} decoded as UTF-8, without a leading byte-order mark.
   *
   * @throws GameFormatException when the file is larger than {@link #MAX_FILE_BYTES}, is not valid
   *     UTF-8 or contains NUL characters
   */
  static String read(Path file) throws IOException, GameFormatException {
    String source = file.toString();
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      throw new GameFormatException(
          source,
          0,
          "file has "
              + size
              + " bytes; game files may have at most "
              + MAX_FILE_BYTES
              + " bytes (512 MiB)");
    }
    return decode(source, Files.readAllBytes(file));
  }

  /**
   * The text of a stream (standard input) decoded as UTF-8, read to its end but never beyond {@link
   * #MAX_FILE_BYTES}.
   *
   * @throws GameFormatException when the stream has more than {@link #MAX_FILE_BYTES} bytes, is not
   *     valid UTF-8 or contains NUL characters
   */
  static String read(String source, InputStream in) throws IOException, GameFormatException {
    byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
    if (bytes.length > MAX_FILE_BYTES) {
      throw new GameFormatException(
          source,
          0,
          "input has more than "
              + MAX_FILE_BYTES
              + " bytes; game files may have at most "
              + MAX_FILE_BYTES
              + " bytes (512 MiB)");
    }
    return decode(source, bytes);
  }

  /** Decodes {@code bytes} as strict UTF-8, naming the line of the first invalid byte. */
  static String decode(String source, byte[] bytes) throws GameFormatException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never decodes to more UTF-16 units than it has bytes.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      throw new GameFormatException(
          source,
          lineOfByte(bytes, at),
          String.format(
              Locale.ROOT,
              "byte 0x%02X at offset %d is not valid UTF-8; expected a UTF-8 text file"
                  + " (binary data?)",
              bytes[at] & 0xFF,
              at));
    }
    out.flip();
    String text = out.toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    checkText(source, text);
    return text;
  }

  /** Refuses text with NUL characters, which no game file contains but binary data does. */
  static void checkText(String source, String text) throws GameFormatException {
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new GameFormatException(
          source,
          lineOfChar(text, nul),
          "NUL character at offset " + nul + "; expected a text file (binary data?)");
    }
  }

  private static int lineOfByte(byte[] bytes, int end) {
    int line = 1;
    for (int i = 0; i < end; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int lineOfChar(String text, int end) {
    int line = 1;
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
