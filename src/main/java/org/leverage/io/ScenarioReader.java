package org.leverage.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leverage.io.YamlTree.Entry;
import org.leverage.io.YamlTree.Mapping;
import org.leverage.io.YamlTree.Node;
import org.leverage.io.YamlTree.Scalar;
import org.leverage.model.Distribution;
import org.leverage.model.ParameterKey;
import org.leverage.model.ParameterSpec;
import org.leverage.model.Parameters;
import org.leverage.model.Scenario;

/**
 * Reads a compute-leverage scenario in the project's YAML schema, version 1:
 *
 * <pre>
 * version: 1
 * type: scenario
 * model: reference-v1
 * title: US-China AI chip controls   # optional
 * parameters:                        # every parameter of the model, each once
 *   doubling_years:
 *     value: 0.5                     # a decimal number inside the key's hard domain
 *     unit: years                    # must be the model's unit for the key
 *     low: 0.25                      # plausible range, low <= high; the value may lie outside
 *     high: 1.67                     #   it (a warning), sweeps use it
 *     source: Sevilla et al. 2022    # where the figures come from
 *     distribution:                  # optional, for Monte Carlo: one of
 *       type: triangular             #   uniform | triangular (mode) | normal (mean, sd) |
 *       mode: 0.5                    #   truncated-normal (mean, sd) | lognormal (mu, sigma) |
 *                                    #   beta (alpha, beta) | gamma (shape, scale)
 * </pre>
 *
 * Bounded distributions (uniform, triangular, truncated normal, beta) live on {@code [low, high]};
 * {@code distribution: uniform} may be written as a plain word. A distribution whose support leaves
 * the key's hard domain is refused. Errors are {@link GameFormatException}s naming the line, the
 * key and the rule.
 */
public final class ScenarioReader {

  static final String TYPE = "scenario";
  private static final List<String> TOP_KEYS =
      List.of("version", "type", "model", "title", "comment", "parameters");
  private static final List<String> TOP_REQUIRED =
      List.of("version", "type", "model", "parameters");
  private static final List<String> SPEC_KEYS =
      List.of("value", "unit", "low", "high", "source", "distribution");
  private static final List<String> SPEC_REQUIRED =
      List.of("value", "unit", "low", "high", "source");

  private ScenarioReader() {}

  /** Reads {@code file} as strict UTF-8; the path as given names the file in messages. */
  public static ScenarioFile read(Path file) throws IOException, GameFormatException {
    return read(file.toString(), GameFiles.baseName(file), TextInput.read(file));
  }

  /**
   * Reads a scenario from YAML {@code text}.
   *
   * @param source the name of the input in error messages
   * @param name the scenario's short name
   */
  public static ScenarioFile read(String source, String name, String text)
      throws GameFormatException {
    YamlFields f = new YamlFields(source);
    Mapping top = f.document(text, TYPE, "a scenario", TOP_KEYS, TOP_REQUIRED);
    f.expectConstant(top, "model", Scenario.REFERENCE_V1);
    String title = f.optionalText(top, "title");
    Mapping params = f.mapping(YamlFields.required(top, "parameters"), "parameters", "a mapping");
    List<String> keys = new ArrayList<>();
    for (ParameterKey k : ParameterKey.values()) {
      keys.add(k.key());
    }
    f.checkKeys(params, "parameters", keys, keys);
    Map<ParameterKey, Integer> lines = new EnumMap<>(ParameterKey.class);
    List<ParameterSpec> specs = new ArrayList<>();
    Map<ParameterKey, Double> values = new EnumMap<>(ParameterKey.class);
    for (ParameterKey k : ParameterKey.values()) {
      Entry e = params.entries().get(k.key());
      lines.put(k, e.keyLine());
      ParameterSpec spec = spec(f, k, e);
      specs.add(spec);
      values.put(k, spec.value());
    }
    Optional<Parameters.Problem> problem = Parameters.check(values);
    if (problem.isPresent()) {
      ParameterKey k = problem.get().key();
      throw f.error(lines.get(k), "parameters." + k.key(), problem.get().message());
    }
    return new ScenarioFile(source, new Scenario(name, title, Scenario.REFERENCE_V1, specs), lines);
  }

  private static ParameterSpec spec(YamlFields f, ParameterKey k, Entry e)
      throws GameFormatException {
    String path = "parameters." + k.key();
    Mapping m =
        f.mapping(e.value(), path, "a mapping with keys " + String.join(", ", SPEC_REQUIRED));
    f.checkKeys(m, path, SPEC_KEYS, SPEC_REQUIRED);
    double value = number(f, m, path, "value");
    Optional<String> rule = k.domain().violation(value);
    if (rule.isPresent()) {
      throw f.error(
          YamlFields.required(m, "value").line(),
          path + ".value",
          k.key() + " " + rule.get() + " but was " + MessageText.number(value));
    }
    Node unitNode = YamlFields.required(m, "unit");
    String unit = f.text(unitNode, path + ".unit", "a unit");
    if (!unit.strip().equals(k.unit())) {
      throw f.error(
          unitNode.line(),
          path + ".unit",
          "unit must be "
              + MessageText.quote(k.unit())
              + " (the model's unit for "
              + k.key()
              + ") but was "
              + MessageText.quote(unit));
    }
    double low = number(f, m, path, "low");
    double high = number(f, m, path, "high");
    if (low > high) {
      throw f.error(
          YamlFields.required(m, "low").line(),
          path,
          "low " + MessageText.number(low) + " must not exceed high " + MessageText.number(high));
    }
    String source = f.text(YamlFields.required(m, "source"), path + ".source", "a source");
    Optional<Distribution> distribution = Optional.empty();
    Optional<Entry> d = YamlFields.optional(m, "distribution");
    if (d.isPresent()) {
      distribution =
          Optional.of(distribution(f, k, d.get().value(), path + ".distribution", low, high));
    }
    return new ParameterSpec(k, value, low, high, source, distribution);
  }

  private static final List<String> DISTRIBUTIONS =
      List.of("uniform", "triangular", "normal", "truncated-normal", "lognormal", "beta", "gamma");

  private static Distribution distribution(
      YamlFields f, ParameterKey k, Node node, String path, double low, double high)
      throws GameFormatException {
    String type;
    Mapping m = null;
    if (node instanceof Scalar) {
      type = f.text(node, path, "a distribution");
    } else {
      m = f.mapping(node, path, "a distribution (a word or a mapping with a type)");
      if (!m.entries().containsKey("type")) {
        throw f.error(
            m.line(),
            path,
            "missing key \"type\" (one of " + String.join(", ", DISTRIBUTIONS) + ")");
      }
      type = f.text(YamlFields.required(m, "type"), path + ".type", "a distribution type");
    }
    int index = f.indexOf(DISTRIBUTIONS, type.strip(), node.line(), path, "distribution");
    List<String> needed =
        switch (DISTRIBUTIONS.get(index)) {
          case "triangular" -> List.of("mode");
          case "normal", "truncated-normal" -> List.of("mean", "sd");
          case "lognormal" -> List.of("mu", "sigma");
          case "beta" -> List.of("alpha", "beta");
          case "gamma" -> List.of("shape", "scale");
          default -> List.of();
        };
    if (!needed.isEmpty() && m == null) {
      throw f.error(
          node.line(),
          path,
          type + " needs " + String.join(", ", needed) + "; write {type: " + type + ", ...}");
    }
    List<String> allowed = new ArrayList<>(List.of("type"));
    allowed.addAll(needed);
    if (m != null) {
      f.checkKeys(m, path, allowed, allowed);
    }
    double[] x = new double[needed.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = number(f, m, path, needed.get(i));
    }
    Distribution dist;
    try {
      dist =
          switch (DISTRIBUTIONS.get(index)) {
            case "uniform" -> new Distribution.Uniform(low, high);
            case "triangular" -> new Distribution.Triangular(low, x[0], high);
            case "normal" -> new Distribution.Normal(x[0], x[1]);
            case "truncated-normal" -> new Distribution.TruncatedNormal(x[0], x[1], low, high);
            case "lognormal" -> new Distribution.LogNormal(x[0], x[1]);
            case "beta" -> new Distribution.Beta(x[0], x[1], low, high);
            default -> new Distribution.Gamma(x[0], x[1]);
          };
    } catch (IllegalArgumentException ex) {
      throw f.error(node.line(), path, ex.getMessage());
    }
    if (!dist.fitsIn(k.domain())) {
      throw f.error(
          node.line(),
          path,
          "a "
              + dist.type()
              + " distribution draws values from ["
              + MessageText.number(dist.lower())
              + ", "
              + MessageText.number(dist.upper())
              + "], outside the domain of "
              + k.key()
              + " ("
              + k.domain().describe()
              + ")");
    }
    return dist;
  }

  /** A decimal number (no fractions, no NaN or infinities), as the nearest double. */
  private static double number(YamlFields f, Mapping m, String path, String key)
      throws GameFormatException {
    Node node = YamlFields.required(m, key);
    String text = f.text(node, path + "." + key, "a number");
    try {
      return new BigDecimal(text.strip()).doubleValue();
    } catch (NumberFormatException ex) {
      throw f.error(
          node.line(),
          path + "." + key,
          "expected a decimal number but found "
              + MessageText.quote(text)
              + MessageText.nonFiniteNote(text));
    }
  }
}
