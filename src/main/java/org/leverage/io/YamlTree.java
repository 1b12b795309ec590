package org.leverage.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML document as a small tree that keeps, for every node, its line and, for every scalar, its
 * text exactly as written. Jackson's data binding would turn {@code 0.1} into a {@code double};
 * reading the token stream keeps {@code "0.1"} so that payoffs can be parsed exactly. Duplicate
 * keys, aliases and second documents are refused, since each would silently change what the file
 * means.
 */
final class YamlTree {

  /** A node of the tree; {@code line} is 1-based. */
  sealed interface Node permits Scalar, Sequence, Mapping {
    int line();

    /** What kind of node this is, for messages: "a mapping", "a list", "text", "null". */
    String kindName();
  }

  /** A scalar, with its source text; {@code isNull} for {@code ~}, {@code null} or nothing. */
  record Scalar(String text, boolean isNull, int line) implements Node {
    @Override
    public String kindName() {
      return isNull ? "null" : MessageText.quote(text);
    }
  }

  record Sequence(List<Node> items, int line) implements Node {
    @Override
    public String kindName() {
      return "a list";
    }
  }

  /** A key of a mapping with the line it is on, and its value. */
  record Entry(String key, int keyLine, Node value) {}

  /** A mapping, by key in document order. */
  record Mapping(Map<String, Entry> entries, int line) implements Node {
    @Override
    public String kindName() {
      return "a mapping";
    }
  }

  private static final YAMLFactory FACTORY = factory();

  private YamlTree() {}

  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    // SnakeYAML's default limit (3 MB) is below the game files we accept.
    options.setCodePointLimit((int) TextInput.MAX_FILE_BYTES);
    return YAMLFactory.builder().loaderOptions(options).build();
  }

  /**
   * Parses {@code text} as one YAML document.
   *
   * @return the root node, or empty when the text holds no document (blank or only comments)
   */
  static Optional<Node> parse(String source, String text) throws GameFormatException {
    TextInput.checkText(source, text);
    try (JsonParser parser = FACTORY.createParser(text)) {
      if (parser.nextToken() == null) {
        return Optional.empty();
      }
      Node root = readNode(source, parser);
      if (parser.nextToken() != null) {
        throw new GameFormatException(
            source, line(parser), "a second YAML document starts here; expected one game per file");
      }
      return Optional.of(root);
    } catch (JsonProcessingException e) {
      throw notYaml(source, e);
    } catch (IOException e) {
      // Reading from a String cannot fail with I/O.
      throw new UncheckedIOException(e);
    }
  }

  private static Node readNode(String source, JsonParser parser)
      throws IOException, GameFormatException {
    int line = line(parser);
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      throw new GameFormatException(
          source,
          line,
          "YAML alias *" + parser.getText() + " is not supported; write the value out in full");
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        return readMapping(source, parser, line);
      case START_ARRAY:
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(readNode(source, parser));
        }
        return new Sequence(Collections.unmodifiableList(items), line);
      case VALUE_NULL:
        return new Scalar("", true, line);
      default:
        return new Scalar(parser.getText(), false, line);
    }
  }

  private static Mapping readMapping(String source, JsonParser parser, int line)
      throws IOException, GameFormatException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    while (parser.nextToken() != JsonToken.END_OBJECT) {
      String name = parser.currentName();
      int keyLine = line(parser);
      Entry first = entries.get(name);
      if (first != null) {
        throw new GameFormatException(
            source,
            keyLine,
            "duplicate key "
                + MessageText.quote(name)
                + " (first at line "
                + first.keyLine()
                + ")");
      }
      parser.nextToken();
      entries.put(name, new Entry(name, keyLine, readNode(source, parser)));
    }
    return new Mapping(Collections.unmodifiableMap(entries), line);
  }

  private static int line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }

  private static GameFormatException notYaml(String source, JsonProcessingException e) {
    int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    String problem = e.getOriginalMessage();
    if (e.getCause() instanceof MarkedYAMLException marked) {
      // SnakeYAML's own message spans several lines with a source excerpt; keep its parts.
      problem =
          (marked.getContext() == null ? "" : marked.getContext() + ": ") + marked.getProblem();
      if (marked.getProblemMark() != null) {
        line = marked.getProblemMark().getLine() + 1;
      }
    }
    String oneLine = problem == null ? "unreadable" : problem.strip().split("\\R", 2)[0];
    return new GameFormatException(source, line, "not valid YAML: " + oneLine);
  }
}
