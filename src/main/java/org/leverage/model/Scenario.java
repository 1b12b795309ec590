package org.leverage.model;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scenario of the compute-leverage game: its name and title, the model it runs, and every
 * parameter as specified (value, range, source, distribution). Immutable.
 *
 * @param name a short name, usually the file's base name
 * @param title a one-line title
 * @param model the model identifier, {@value #REFERENCE_V1}
 * @param specs one spec per parameter, in the order of {@link ParameterKey}
 */
public record Scenario(String name, String title, String model, List<ParameterSpec> specs) {

  /** The model identifier of reference model v1. */
  public static final String REFERENCE_V1 = "reference-v1";

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(model, "model");
    specs = ImmutableList.copyOf(specs);
    if (specs.size() != ParameterKey.values().length) {
      throw new IllegalArgumentException(
          "a scenario needs one spec per parameter ("
              + ParameterKey.values().length
              + ") but has "
              + specs.size());
    }
    for (int i = 0; i < specs.size(); i++) {
      if (specs.get(i).key().ordinal() != i) {
        throw new IllegalArgumentException(
            "specs must be in the order of the parameter table; found "
                + specs.get(i).key().key()
                + " at position "
                + i);
      }
    }
    parameters(specs);
  }

  /** The spec of {@code key}. */
  public ParameterSpec spec(ParameterKey key) {
    return specs.get(key.ordinal());
  }

  /** The values of every parameter. */
  public Parameters parameters() {
    return parameters(specs);
  }

  /**
   * The scenario with {@code key}'s value replaced (a what-if): range, source and distribution
   * kept.
   *
   * @throws IllegalArgumentException naming the key and the rule the value breaks
   */
  public Scenario with(ParameterKey key, double value) {
    List<ParameterSpec> changed = new java.util.ArrayList<>(specs);
    changed.set(key.ordinal(), spec(key).withValue(value));
    return new Scenario(name, title, model, changed);
  }

  /** The specs whose value lies outside their plausible range. */
  public List<ParameterSpec> outsideRange() {
    return specs.stream()
        .filter(ParameterSpec::outsideRange)
        .collect(ImmutableList.toImmutableList());
  }

  private static Parameters parameters(List<ParameterSpec> specs) {
    Map<ParameterKey, Double> values = new EnumMap<>(ParameterKey.class);
    for (ParameterSpec s : specs) {
      values.put(s.key(), s.value());
    }
    return Parameters.of(values);
  }
}
