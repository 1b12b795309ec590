package org.leverage.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Messages tell users what to change in their own words: a hint to raise something names an option
 * (`--max-equilibria`) or a file field (`max_iterations`), never a Java name (`maxBases`) that no
 * user can set. Scans every string literal of the main sources.
 */
class MessageWordingTest {

  /** "raise" followed by a lowerCamelCase identifier, inside one string literal. */
  private static final Pattern RAISE_JAVA_NAME = Pattern.compile("\"[^\"]*raise [a-z]+[A-Z]\\w*");

  /** A Java name in parentheses or before "=", as a limit's name: "(maxBases)", "maxPivots=". */
  private static final Pattern JAVA_LIMIT_NAME =
      Pattern.compile("\"[^\"]*(\\(max[A-Z]\\w*\\)|max[A-Z]\\w*=)");

  @Test
  void noMessageAsksUsersToRaiseAJavaName() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          for (Pattern p : List.of(RAISE_JAVA_NAME, JAVA_LIMIT_NAME)) {
            Matcher m = p.matcher(lines.get(i));
            if (m.find()) {
              found.add(f + ":" + (i + 1) + ": " + m.group());
            }
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }
}
