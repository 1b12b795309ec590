package org.leverage.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
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

  /**
   * The deepest nesting of mappings and lists read: enough for a game tree {@link
   * YamlTreeReader#MAX_DEPTH} moves deep (two levels per move, the top mapping, a leaf's payoffs).
   * Reading recurses once per level, so the limit also keeps the stack bounded.
   */
  static final int MAX_NESTING = 2 * YamlTreeReader.MAX_DEPTH + 3;

  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    // SnakeYAML's default limit (3 MB) is below the game files we accept.
    options.setCodePointLimit((int) TextInput.MAX_FILE_BYTES);
    return YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
        .build();
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
    } catch (StreamConstraintsException e) {
      throw new GameFormatException(
          source,
          e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "nested deeper than "
              + MAX_NESTING
              + " levels of mappings and lists; a game tree may be at most "
              + YamlTreeReader.MAX_DEPTH
              + " moves deep in YAML (write deeper trees as Gambit .efg)");
    } catch (JsonProcessingException e) {
      throw notYaml(source, e);
    } catch (IOException e) {
      // Reading from a String cannot fail with I/O.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The node whose first token is the parser's current one, read without recursion (an explicit
   * stack of the mappings and lists still open), so that nesting is bounded by {@link #MAX_NESTING}
   * and never by the thread's stack.
   */
  private static Node readNode(String source, JsonParser parser)
      throws IOException, GameFormatException {
    Deque<Open> open = new ArrayDeque<>();
    while (true) {
      int line = line(parser);
      if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
        throw new GameFormatException(
            source,
            line,
            "YAML alias *" + parser.getText() + " is not supported; write the value out in full");
      }
      Node done = null;
      switch (parser.currentToken()) {
        case START_OBJECT -> open.push(new Open(line, new LinkedHashMap<>(), null));
        case START_ARRAY -> open.push(new Open(line, null, new ArrayList<>()));
        case VALUE_NULL -> done = new Scalar("", true, line);
        default -> done = new Scalar(parser.getText(), false, line);
      }
      // Close what ends here, then stop at the next value to read.
      while (true) {
        if (done != null) {
          if (open.isEmpty()) {
            return done;
          }
          open.peek().add(done);
          done = null;
        }
        Open top = open.peek();
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          done = open.pop().node();
          continue;
        }
        if (top.entries != null) {
          top.key(source, parser.currentName(), line(parser));
          parser.nextToken();
        }
        break;
      }
    }
  }

  /** A mapping (entries) or list (items) being read, with the key whose value comes next. */
  private static final class Open {
    private final int line;
    private final Map<String, Entry> entries;
    private final List<Node> items;
    private String key;
    private int keyLine;

    Open(int line, Map<String, Entry> entries, List<Node> items) {
      this.line = line;
      this.entries = entries;
      this.items = items;
    }

    void key(String source, String name, int nameLine) throws GameFormatException {
      Entry first = entries.get(name);
      if (first != null) {
        throw new GameFormatException(
            source,
            nameLine,
            "duplicate key "
                + MessageText.quote(name)
                + " (first at line "
                + first.keyLine()
                + ")");
      }
      key = name;
      keyLine = nameLine;
    }

    void add(Node value) {
      if (entries != null) {
        entries.put(key, new Entry(key, keyLine, value));
      } else {
        items.add(value);
      }
    }

    Node node() {
      return entries != null
          ? new Mapping(Collections.unmodifiableMap(entries), line)
          : new Sequence(Collections.unmodifiableList(items), line);
    }
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
