package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Damaged .efg files (characters deleted, duplicated or replaced, lines cut, tails dropped) either
 * still read to a game or fail with a one-line {@link GameFormatException} naming a line: never
 * another exception, a hang or a stack overflow.
 */
class EfgMalformedInputFuzzTest {

  private static final String DAMAGE = "{}\"\n ,.-/0123456789pctEFGR eNaN";

  @Test
  void damagedCorpusTreesFailCleanly() {
    SplittableRandom rnd = new SplittableRandom(20261128);
    int formatErrors = 0;
    for (EfgCorpus.Entry e : EfgCorpus.trees()) {
      String original = EfgCorpus.resource("games/" + e.name()).orElseThrow();
      if (original.length() > 20_000) {
        continue;
      }
      for (int trial = 0; trial < 6; trial++) {
        StringBuilder s = new StringBuilder(original);
        int edits = 1 + rnd.nextInt(4);
        for (int k = 0; k < edits && s.length() > 1; k++) {
          int at = rnd.nextInt(s.length());
          switch (rnd.nextInt(4)) {
            case 0 -> s.deleteCharAt(at);
            case 1 -> s.insert(at, s.charAt(at));
            case 2 -> s.setCharAt(at, DAMAGE.charAt(rnd.nextInt(DAMAGE.length())));
            default -> s.setLength(at);
          }
        }
        try {
          EfgReader.read(e.name(), s.toString());
        } catch (GameFormatException ex) {
          formatErrors++;
          assertFalse(ex.getMessage().contains("\n"), "one line: " + ex.getMessage());
          assertTrue(ex.getMessage().startsWith(e.name() + ":"), ex.getMessage());
        } catch (RuntimeException ex) {
          throw new AssertionError(e.name() + " damaged as:\n" + s, ex);
        }
      }
    }
    assertTrue(formatErrors > 300, "most damage is detected: " + formatErrors);
  }

  @Test
  void deepUnaryChainIsReadWithoutRecursion() throws Exception {
    StringBuilder s = new StringBuilder("EFG 2 R \"\" { \"1\" }\n\"\"\n");
    s.append("p \"\" 1 1 \"\" { \"go\" } 0\n");
    for (int i = 1; i < 300_000; i++) {
      s.append("p \"\" 1 1 0\n");
    }
    s.append("t \"\" 0\n");
    assertTrue(EfgReader.read("deep", s.toString()).numNodes() == 300_001);
  }
}
