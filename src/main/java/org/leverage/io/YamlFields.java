package org.leverage.io;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.io.YamlTree.Entry;
import org.leverage.io.YamlTree.Mapping;
import org.leverage.io.YamlTree.Node;
import org.leverage.io.YamlTree.Scalar;
import org.leverage.io.YamlTree.Sequence;
import org.leverage.numeric.Rationals;

/**
 * Typed access to the fields of a {@link YamlTree} for the YAML readers (normal-form, tree,
 * repeated and dynamic games, scenarios): every accessor either returns the value or throws a
 * {@link GameFormatException} naming the line, the field path ({@code
 * states.calm.transitions.OPEN.DEPEND}) and what was expected, so that every kind of game file
 * words its errors alike. One instance per file read.
 */
final class YamlFields {

  private static final Pattern PLAIN_SEGMENT = Pattern.compile("[A-Za-z0-9_-]+");

  private final String source;
  private final PayoffParser numbers = new PayoffParser();

  YamlFields(String source) {
    this.source = source;
  }

  String source() {
    return source;
  }

  GameFormatException error(int line, String path, String problem) {
    return new GameFormatException(source, line, path.isEmpty() ? problem : path + ": " + problem);
  }

  /** {@code path.key}, or {@code key} at the top level; keys that are not plain are quoted. */
  static String child(String path, String key) {
    return path.isEmpty() ? segment(key) : path + "." + segment(key);
  }

  /** {@code key} as one segment of a field path: as is when plain, else quoted. */
  static String segment(String key) {
    return PLAIN_SEGMENT.matcher(key).matches() ? key : MessageText.quote(key);
  }

  /**
   * The top-level mapping of a YAML game file, checked as every kind of game file is: the text is
   * not empty, is a mapping, has only {@code keys} and every one of {@code required}, {@code
   * version: 1} and the {@code type} given. The one preamble of the YAML readers.
   *
   * @param what the kind of file in the message for an empty one, e.g. {@code "a dynamic game"}
   */
  Mapping document(String text, String type, String what, List<String> keys, List<String> required)
      throws GameFormatException {
    String expected = "keys " + String.join(", ", required);
    Optional<Node> root = YamlTree.parse(source, text);
    if (root.isEmpty()) {
      throw error(1, "", "file is empty; expected " + what + " with " + expected);
    }
    if (!(root.get() instanceof Mapping top)) {
      String start = root.get() instanceof Scalar s ? s.text() : "";
      String hint =
          start.startsWith("NFG ")
              ? " (this looks like a Gambit .nfg file)"
              : start.startsWith("EFG ") ? " (this looks like a Gambit .efg file)" : "";
      throw error(
          root.get().line(),
          "",
          "expected a mapping with " + expected + " but found " + root.get().kindName() + hint);
    }
    // A file of another kind is named as such before its keys are judged by this kind's rules.
    if (top.entries().containsKey("type")) {
      expectConstant(top, "type", type);
    }
    checkKeys(top, "", keys, required);
    expectConstant(top, "version", YamlGameReader.VERSION);
    expectConstant(top, "type", type);
    return top;
  }

  Mapping mapping(Node node, String path, String what) throws GameFormatException {
    if (node instanceof Mapping m) {
      return m;
    }
    throw error(node.line(), path, "expected " + what + " but found " + node.kindName());
  }

  Sequence list(Node node, String path, String what) throws GameFormatException {
    if (node instanceof Sequence s) {
      return s;
    }
    throw error(node.line(), path, "expected " + what + " but found " + node.kindName());
  }

  String text(Node node, String path, String what) throws GameFormatException {
    if (node instanceof Scalar s && !s.isNull()) {
      return s.text();
    }
    throw error(node.line(), path, "expected " + what + " but found " + node.kindName());
  }

  /** The text of {@code key}, or {@code ""} when it is absent or null. */
  String optionalText(Mapping m, String key) throws GameFormatException {
    Optional<Entry> e = optional(m, key);
    return e.isPresent() ? text(e.get().value(), key, "text") : "";
  }

  /** The entry of {@code key}, or empty when it is absent or null. */
  static Optional<Entry> optional(Mapping m, String key) {
    Entry e = m.entries().get(key);
    if (e == null || (e.value() instanceof Scalar s && s.isNull())) {
      return Optional.empty();
    }
    return Optional.of(e);
  }

  /** The value of a key that {@link #checkKeys} has required. */
  static Node required(Mapping m, String key) {
    return m.entries().get(key).value();
  }

  /** An exact rational: integer, decimal or quoted {@code "a/b"}. */
  BigFraction rational(Node node, String path, String what) throws GameFormatException {
    if (node instanceof Scalar s && !s.isNull()) {
      Optional<BigFraction> value = Rationals.parse(s.text());
      if (value.isPresent()) {
        return value.get();
      }
      throw error(
          node.line(),
          path,
          "expected "
              + what
              + " (integer, decimal or quoted \"a/b\") but found "
              + s.kindName()
              + MessageText.nonFiniteNote(s.text()));
    }
    throw error(node.line(), path, "expected " + what + " but found " + node.kindName());
  }

  /**
   * A payoff: integer, decimal or quoted {@code "a/b"}, parsed exactly; each distinct text is
   * parsed once per file ({@link PayoffParser}).
   */
  BigFraction payoff(Node node, String path) throws GameFormatException {
    BigFraction value = node instanceof Scalar s && !s.isNull() ? numbers.parse(s.text()) : null;
    if (value != null) {
      return value;
    }
    String found =
        node instanceof Scalar s
            ? s.kindName() + MessageText.nonFiniteNote(s.text())
            : node.kindName();
    throw error(
        node.line(),
        path,
        "expected a payoff (integer, decimal or quoted \"a/b\") but found " + found);
  }

  /** A whole number of at least {@code min}. */
  int integer(Node node, String path, String what, int min) throws GameFormatException {
    String t = text(node, path, what);
    int value;
    try {
      value = Integer.parseInt(t.strip());
    } catch (NumberFormatException e) {
      throw error(node.line(), path, "expected " + what + " but found " + MessageText.quote(t));
    }
    if (value < min) {
      throw error(node.line(), path, what + " must be at least " + min + " but was " + value);
    }
    return value;
  }

  /** Refuses keys outside {@code allowed} and requires every key of {@code required}. */
  void checkKeys(Mapping m, String path, List<String> allowed, List<String> required)
      throws GameFormatException {
    for (Entry e : m.entries().values()) {
      if (!allowed.contains(e.key())) {
        throw error(
            e.keyLine(),
            path,
            "unknown key "
                + MessageText.quote(e.key())
                + "; expected one of "
                + String.join(", ", allowed));
      }
    }
    for (String key : required) {
      if (!m.entries().containsKey(key)) {
        throw error(
            m.line(),
            path,
            "missing key "
                + MessageText.quote(key)
                + " (required: "
                + String.join(", ", required)
                + ")");
      }
    }
  }

  /** Requires {@code key} to hold the text {@code expected}. */
  void expectConstant(Mapping m, String key, String expected) throws GameFormatException {
    Node node = m.entries().get(key).value();
    if (!(node instanceof Scalar s) || s.isNull() || !s.text().equals(expected)) {
      throw error(node.line(), key, "expected " + expected + " but found " + node.kindName());
    }
  }

  /** Index of {@code name} in {@code names}, or an error listing the choices. */
  int indexOf(List<String> names, String name, int line, String path, String what)
      throws GameFormatException {
    int i = names.indexOf(name);
    if (i < 0) {
      throw error(
          line,
          path,
          "unknown "
              + what
              + " "
              + MessageText.quote(name)
              + "; expected one of "
              + String.join(", ", names));
    }
    return i;
  }
}
