package org.leverage.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChunkTest {

  @Test
  void readsAndPrintsIOverN() {
    assertEquals(new Chunk(2, 4), Chunk.parse("2/4"));
    assertEquals("2/4", new Chunk(2, 4).toString());
    assertEquals(Chunk.WHOLE, Chunk.parse("1/1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0/0", "5/4", "0/4", "1/0", "2/1"})
  void refusesAnIndexOutsideOneToN(String text) {
    var e = assertThrows(IllegalArgumentException.class, () -> Chunk.parse(text));
    assertEquals(
        "chunk must be i/n with 1 <= i <= n (numbered from 1) but was " + text, e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1", "1/", "/4", "-1/4", "1/4 ", " 1/4", "a/b", "1.5/4", "1/2/3"})
  void refusesWhatIsNotTwoWholeNumbersWithASlash(String text) {
    var e = assertThrows(IllegalArgumentException.class, () -> Chunk.parse(text));
    assertEquals(
        "chunk must be written i/n with whole numbers 1 <= i <= n, e.g. 2/4, but was \""
            + text
            + "\"",
        e.getMessage());
  }

  @Test
  void theChunksOfARunTileItsIndicesWithSizesWithinOne() {
    for (int size : new int[] {0, 1, 2, 7, 1000, Integer.MAX_VALUE}) {
      for (int count : new int[] {1, 2, 3, 7, 16}) {
        int next = 0;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 1; i <= count; i++) {
          Chunk c = new Chunk(i, count);
          assertEquals(next, c.from(size), c + " of " + size);
          next = c.to(size);
          min = Math.min(min, c.to(size) - c.from(size));
          max = Math.max(max, c.to(size) - c.from(size));
        }
        assertEquals(size, next);
        assertTrue(max - min <= 1, count + " chunks of " + size);
      }
    }
  }
}
