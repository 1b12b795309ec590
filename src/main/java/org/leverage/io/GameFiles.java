package org.leverage.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.leverage.game.NormalFormGame;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.solve.UsageException;

/**
 * Reads and writes normal-form game files, choosing the format by file extension: {@code .nfg}
 * (Gambit, {@link NfgReader}/{@link NfgWriter}), {@code .yaml} and {@code .yml} (the project's
 * schema, {@link YamlGameReader}/{@link YamlGameWriter}); extensions are case-insensitive. A file
 * with any other extension is sniffed: text starting with {@code NFG} is read as Gambit, anything
 * else as YAML, and an error then says which reading was tried.
 *
 * <p>{@link #readAny} reads any kind of game file (normal-form, tree, repeated, dynamic) and says
 * which it is; {@link #readNormalForm} accepts only normal-form games.
 *
 * <p>Files are read as strict UTF-8 (an invalid byte is an error naming its line) and at most
 * {@link #MAX_FILE_BYTES} bytes, checked before reading; output is written as UTF-8.
 *
 * <p>Game trees: {@code .efg} ({@link EfgReader}/{@link EfgWriter}) and YAML files with {@code
 * type: extensive-form} ({@link YamlTreeReader}/{@link YamlTreeWriter}) are read by {@link
 * #readExtensive}; {@link #isExtensive} tells the two kinds apart.
 */
public final class GameFiles {

  /** Largest game file read: 512 MiB. */
  public static final long MAX_FILE_BYTES = TextInput.MAX_FILE_BYTES;

  private GameFiles() {}

  /** The formats, by extension; a new one (e.g. {@code .efg}) is one more case here. */
  private enum Format {
    NFG,
    YAML,
    EFG,
    UNKNOWN;

    static Format of(Path file) {
      return switch (extension(file)) {
        case "nfg" -> NFG;
        case "yaml", "yml" -> YAML;
        case "efg" -> EFG;
        default -> UNKNOWN;
      };
    }
  }

  /**
   * The formats a file's text may be read in whatever its name: {@code --input-format}, which
   * standard input needs when its content is not to be sniffed.
   */
  public enum InputFormat {
    NFG,
    EFG,
    YAML
  }

  /** How standard input is named in messages. */
  public static final String STANDARD_INPUT = "<stdin>";

  /**
   * Reads a game of any kind from {@code in} (standard input), named {@link #STANDARD_INPUT} in
   * messages: in {@code format} when given, else sniffed as a file with an unknown extension is
   * ({@code NFG} or {@code EFG} at the start of the text for Gambit's formats, else YAML).
   *
   * @throws GameFormatException when the text is not a valid game of its format, is larger than
   *     {@link #MAX_FILE_BYTES} or is not UTF-8 text
   */
  public static GameFile readAny(InputStream in, Optional<InputFormat> format)
      throws IOException, GameFormatException {
    String text = TextInput.read(STANDARD_INPUT, in);
    return format.isPresent()
        ? readAs(STANDARD_INPUT, text, format.get())
        : sniffAny(STANDARD_INPUT, text, STDIN_SNIFFED);
  }

  /**
   * Reads a game file of any kind as {@link #readAny(Path)} does, but in {@code format} whatever
   * the file's extension when a format is given.
   */
  public static GameFile readAny(Path file, Optional<InputFormat> format)
      throws IOException, GameFormatException {
    return format.isPresent()
        ? readAs(file.toString(), TextInput.read(file), format.get())
        : readAny(file);
  }

  private static GameFile readAs(String source, String text, InputFormat format)
      throws GameFormatException {
    return switch (format) {
      case NFG -> new GameFile.NormalForm(source, NfgReader.read(source, text));
      case EFG -> new GameFile.Extensive(source, EfgReader.read(source, text));
      case YAML -> readYaml(source, text);
    };
  }

  /**
   * Reads a normal-form game.
   *
   * @throws GameFormatException when the file is not a valid game of its format, is too large or
   *     not UTF-8 text, or is an extensive-form ({@code .efg}) file
   */
  public static NormalFormGame readNormalForm(Path file) throws IOException, GameFormatException {
    String source = file.toString();
    return switch (Format.of(file)) {
      case NFG -> NfgReader.read(source, TextInput.read(file));
      case YAML -> YamlGameReader.read(source, TextInput.read(file));
      case UNKNOWN -> sniff(source, TextInput.read(file), EXTENSION_SNIFFED);
      case EFG ->
          throw new GameFormatException(
              source,
              0,
              "is an extensive-form game (.efg); expected a normal-form game (.nfg, .yaml or"
                  + " .yml)");
    };
  }

  /**
   * Reads a game file of any kind: {@code .nfg} is a normal-form game, {@code .efg} a tree; YAML is
   * dispatched on its top-level {@code type:} ({@code normal-form}, {@code extensive-form}, {@code
   * repeated} or {@code dynamic}; see {@link YamlGameReader}, {@link YamlTreeReader}, {@link
   * RepeatedGameReader}, {@link DynamicGameReader}); other extensions are sniffed: text starting
   * with {@code NFG} or {@code EFG} is read as Gambit's, anything else as YAML.
   *
   * <p>The type is looked up with a line scan for {@code type:} at the start of a line (block
   * style, the usual case) so that large normal-form files are parsed once; only when no such line
   * exists is the YAML tree built to find it. The chosen reader checks {@code type} again.
   *
   * @throws GameFormatException when the file is not a valid game of its kind, its {@code type} is
   *     unknown
   */
  public static GameFile readAny(Path file) throws IOException, GameFormatException {
    String source = file.toString();
    return switch (Format.of(file)) {
      case NFG -> new GameFile.NormalForm(source, readNormalForm(file));
      case EFG -> new GameFile.Extensive(source, readExtensive(file));
      case YAML -> readYaml(source, TextInput.read(file));
      case UNKNOWN -> sniffAny(source, TextInput.read(file), EXTENSION_SNIFFED);
    };
  }

  /** Why text was sniffed, as errors in a sniffed reading say it. */
  private static final String EXTENSION_SNIFFED = "extension not .nfg, .yaml or .yml";

  private static final String STDIN_SNIFFED = "standard input without --input-format";

  private static GameFile sniffAny(String source, String text, String why)
      throws GameFormatException {
    String start = text.stripLeading();
    if (start.startsWith("NFG")) {
      return new GameFile.NormalForm(source, sniff(source, text, why));
    }
    if (start.startsWith("EFG")) {
      return new GameFile.Extensive(source, EfgReader.read(source, text));
    }
    YamlType type = yamlType(source, text);
    return type.name().equals(YamlGameReader.TYPE)
        ? new GameFile.NormalForm(source, sniff(source, text, why))
        : readYaml(source, text, type);
  }

  /** The kinds of YAML game file, by their {@code type:}, in the order messages list them. */
  private enum YamlKind {
    NORMAL_FORM(YamlGameReader.TYPE),
    EXTENSIVE_FORM(YamlTreeReader.TYPE),
    REPEATED(RepeatedGameReader.TYPE),
    DYNAMIC(DynamicGameReader.TYPE),
    SCENARIO(ScenarioReader.TYPE);

    final String type;

    YamlKind(String type) {
      this.type = type;
    }
  }

  /** A YAML file of the kind its {@code type:} names. */
  private static GameFile readYaml(String source, String text) throws GameFormatException {
    return readYaml(source, text, yamlType(source, text));
  }

  private static GameFile readYaml(String source, String text, YamlType type)
      throws GameFormatException {
    YamlKind kind =
        Arrays.stream(YamlKind.values())
            .filter(k -> k.type.equals(type.name()))
            .findFirst()
            .orElseThrow(
                () ->
                    new GameFormatException(
                        source,
                        type.line(),
                        "type: expected one of "
                            + Arrays.stream(YamlKind.values())
                                .map(k -> k.type)
                                .collect(Collectors.joining(", "))
                            + " but found "
                            + MessageText.quote(type.name())));
    return switch (kind) {
      case NORMAL_FORM -> new GameFile.NormalForm(source, YamlGameReader.read(source, text));
      case EXTENSIVE_FORM -> new GameFile.Extensive(source, YamlTreeReader.read(source, text));
      case REPEATED -> new GameFile.Repeated(source, RepeatedGameReader.read(source, text));
      case DYNAMIC -> new GameFile.Dynamic(source, DynamicGameReader.read(source, text));
      case SCENARIO ->
          new GameFile.Scenario(
              source, ScenarioReader.read(source, baseName(Path.of(source)), text));
    };
  }

  private static final Pattern TYPE_LINE =
      Pattern.compile("^type:[ \\t]*[\"']?([^\\s\"'#]+)[\"']?[ \\t]*(#.*)?$", Pattern.MULTILINE);

  /** A YAML file's top-level type and its line. */
  private record YamlType(String name, int line) {}

  /**
   * The YAML file's top-level {@code type}; {@code normal-form} when it has none (the normal-form
   * reader then reports what is missing).
   */
  private static YamlType yamlType(String source, String text) throws GameFormatException {
    Matcher m = TYPE_LINE.matcher(text);
    if (m.find()) {
      int line = 1;
      for (int i = 0; i < m.start(); i++) {
        line += text.charAt(i) == '\n' ? 1 : 0;
      }
      return new YamlType(m.group(1), line);
    }
    Optional<YamlTree.Node> root = YamlTree.parse(source, text);
    if (root.isPresent()
        && root.get() instanceof YamlTree.Mapping top
        && top.entries().get("type") != null
        && top.entries().get("type").value() instanceof YamlTree.Scalar s
        && !s.isNull()) {
      return new YamlType(s.text(), s.line());
    }
    return new YamlType(YamlGameReader.TYPE, 0);
  }

  /**
   * A normal-form game in the format its text starts with; an error says how the format was chosen.
   *
   * @param why why the format was sniffed, e.g. {@link #EXTENSION_SNIFFED}
   */
  private static NormalFormGame sniff(String source, String text, String why)
      throws GameFormatException {
    boolean gambit = text.stripLeading().startsWith("NFG");
    try {
      return gambit ? NfgReader.read(source, text) : YamlGameReader.read(source, text);
    } catch (GameFormatException e) {
      String tried =
          gambit
              ? " (" + why + "; read as Gambit .nfg since the text starts with NFG)"
              : " (" + why + " and the text does not start with NFG, so it was read as YAML)";
      throw new GameFormatException(e.source(), e.line(), e.problem() + tried);
    }
  }

  /**
   * Writes {@code game} in the format of {@code file}'s extension, as UTF-8.
   *
   * @throws UsageException when the extension is not {@code .nfg}, {@code .yaml} or {@code .yml}
   * @throws OutputException when the file cannot be written
   */
  public static void write(NormalFormGame game, Path file) {
    String text =
        switch (Format.of(file)) {
          case NFG -> NfgWriter.write(game);
          case YAML -> YamlGameWriter.write(game);
          case EFG, UNKNOWN ->
              throw new UsageException(
                  "cannot choose a format for \""
                      + file
                      + "\": a normal-form game file must end in .nfg, .yaml or .yml");
        };
    OutputFiles.write(file, text);
  }

  /**
   * Reads a game tree: Gambit {@code .efg}, or YAML with {@code type: extensive-form}; a file with
   * another extension is read as {@code .efg} when its text starts with {@code EFG}, else as YAML.
   *
   * @throws GameFormatException when the file is not a valid tree of its format, or is a
   *     normal-form ({@code .nfg}) file
   */
  public static ExtensiveGame readExtensive(Path file) throws IOException, GameFormatException {
    String source = file.toString();
    Format format = Format.of(file);
    if (format == Format.NFG) {
      throw new GameFormatException(
          source, 0, "is a normal-form game (.nfg); expected a game tree (.efg or YAML)");
    }
    String text = TextInput.read(file);
    boolean efg =
        format == Format.EFG || (format == Format.UNKNOWN && text.stripLeading().startsWith("EFG"));
    return efg ? EfgReader.read(source, text) : YamlTreeReader.read(source, text);
  }

  /**
   * Writes the tree {@code game} in the format of {@code file}'s extension ({@code .efg}, {@code
   * .yaml} or {@code .yml}), as UTF-8.
   *
   * @throws UsageException for any other extension
   * @throws OutputException when the file cannot be written
   */
  public static void write(ExtensiveGame game, Path file) {
    String text =
        switch (Format.of(file)) {
          case EFG -> EfgWriter.write(game);
          case YAML -> YamlTreeWriter.write(game);
          case NFG, UNKNOWN ->
              throw new UsageException(
                  "cannot choose a format for \""
                      + file
                      + "\": a game tree file must end in .efg, .yaml or .yml (or .nfg for its"
                      + " reduced strategic form)");
        };
    OutputFiles.write(file, text);
  }

  /** The file name without its extension: {@code games/pd.nfg} -> {@code pd}. */
  static String baseName(Path file) {
    String n = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  private static String extension(Path file) {
    Path name = file.getFileName();
    String s = name == null ? "" : name.toString();
    int dot = s.lastIndexOf('.');
    return dot < 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
