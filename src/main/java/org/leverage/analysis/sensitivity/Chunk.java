package org.leverage.analysis.sensitivity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of {@code count} independent slices of a run's evaluations, numbered from 1 ({@code 1/4} is
 * the first quarter, {@code 4/4} the last): chunk {@code i/n} of a run of {@code size} evaluations
 * holds the indices {@code [(i - 1) size / n, i size / n)} (integer division). The {@code n} chunks
 * of a run tile {@code [0, size)}, their sizes differ by at most one, and any of them can run on
 * another machine; {@link EvaluationChunk#merge} puts them back together.
 *
 * @param index which slice, {@code 1 <= index <= count}
 * @param count how many slices, at least 1
 */
public record Chunk(int index, int count) {

  /** The whole run as one chunk, {@code 1/1}. */
  public static final Chunk WHOLE = new Chunk(1, 1);

  private static final Pattern SPEC = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

  public Chunk {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException(
          "chunk must be i/n with 1 <= i <= n (numbered from 1) but was " + index + "/" + count);
    }
  }

  /**
   * The chunk written {@code i/n}, e.g. {@code 2/4}.
   *
   * @throws IllegalArgumentException when {@code text} is not two whole numbers with a slash or
   *     breaks {@code 1 <= i <= n}, naming the text and the rule
   */
  public static Chunk parse(String text) {
    Matcher m = SPEC.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "chunk must be written i/n with whole numbers 1 <= i <= n, e.g. 2/4, but was \""
              + text
              + "\"");
    }
    return new Chunk(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The first index of this chunk of a run of {@code size} evaluations. */
  public int from(int size) {
    return bound(index - 1, size);
  }

  /** One past the last index of this chunk of a run of {@code size} evaluations. */
  public int to(int size) {
    return bound(index, size);
  }

  private int bound(int slices, int size) {
    if (size < 0) {
      throw new IllegalArgumentException("run size must be >= 0 but was " + size);
    }
    return (int) ((long) slices * size / count);
  }

  /** {@code i/n}, as {@link #parse} reads it. */
  @Override
  public String toString() {
    return index + "/" + count;
  }
}
