package org.leverage.analysis.sensitivity;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.leverage.model.ParameterKey;

/**
 * What identifies a sampling run, so that its evaluations can be regenerated and the chunks of one
 * run told from those of another: the analysis, the sampling method, the seed, the base sample
 * size, the scenario (name and fingerprint) and its uncertain parameters.
 *
 * @param kind Monte Carlo or Sobol
 * @param method how the unit hypercube is sampled
 * @param seed the seed of the sample
 * @param n the number of draws (Monte Carlo) or of rows of A and B (Sobol), at least 2
 * @param scenario the scenario's name, on one line
 * @param fingerprint 16 lower-case hex digits that change with any parameter value, range or
 *     distribution of the scenario ({@link Experiment} computes it)
 * @param parameters the uncertain parameters, in the order of {@link ParameterKey}, at least one
 */
public record Run(
    Kind kind,
    SamplingMethod method,
    long seed,
    int n,
    String scenario,
    String fingerprint,
    List<ParameterKey> parameters) {

  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");

  /** The analysis a run feeds. */
  public enum Kind {
    /** {@code n} draws, summarised by {@link MonteCarlo}. */
    MONTE_CARLO("monte-carlo"),
    /** The {@code n (k + 2)} points of a {@link SaltelliDesign}, estimated by {@link Sobol}. */
    SOBOL("sobol");

    private final String token;

    Kind(String token) {
      this.token = token;
    }

    /** The name in evaluation files, e.g. {@code monte-carlo}. */
    public String token() {
      return token;
    }

    /** The kind named {@code token}, or empty. */
    public static Optional<Kind> byToken(String token) {
      return Arrays.stream(values()).filter(k -> k.token.equals(token)).findFirst();
    }
  }

  public Run {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(fingerprint, "fingerprint");
    parameters = ImmutableList.copyOf(parameters);
    if (n < 2) {
      throw new IllegalArgumentException("a run needs n >= 2 draws but had " + n);
    }
    if (scenario.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
      throw new IllegalArgumentException(
          "scenario name must not contain line breaks or control characters");
    }
    if (!FINGERPRINT.matcher(fingerprint).matches()) {
      throw new IllegalArgumentException(
          "fingerprint must be 16 lower-case hex digits but was \"" + fingerprint + "\"");
    }
    if (parameters.isEmpty()) {
      throw new IllegalArgumentException(
          "a run needs at least one uncertain parameter (one with a distribution)");
    }
    for (int i = 1; i < parameters.size(); i++) {
      if (parameters.get(i).compareTo(parameters.get(i - 1)) <= 0) {
        throw new IllegalArgumentException(
            "uncertain parameters must be distinct and in the order of the parameter table; "
                + parameters.get(i).key()
                + " comes after "
                + parameters.get(i - 1).key());
      }
    }
    if (kind == Kind.SOBOL && (long) n * (parameters.size() + 2) > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "a Sobol run of n = "
              + n
              + " and "
              + parameters.size()
              + " parameters needs more than "
              + Integer.MAX_VALUE
              + " evaluations");
    }
  }

  /** The number of evaluations: {@code n} (Monte Carlo) or {@code n (k + 2)} (Sobol). */
  public int size() {
    return kind == Kind.MONTE_CARLO ? n : n * (parameters.size() + 2);
  }

  /**
   * The first difference between this run and {@code other}, in words ({@code "seed 7 instead of
   * 42"}), or empty when they are the same run.
   */
  public Optional<String> difference(Run other) {
    return Stream.of(
            new Field("analysis", kind.token, other.kind.token),
            new Field("sampling", method.token(), other.method.token()),
            new Field("seed", seed, other.seed),
            new Field("n", n, other.n),
            new Field("scenario", scenario, other.scenario),
            new Field("scenario fingerprint", fingerprint, other.fingerprint),
            new Field("parameters", keys(parameters), keys(other.parameters)))
        .filter(f -> !f.mine().equals(f.theirs()))
        .findFirst()
        .map(f -> f.name() + " " + f.theirs() + " instead of " + f.mine());
  }

  private record Field(String name, Object mine, Object theirs) {}

  /** The parameters' keys, comma-separated, as evaluation files list them. */
  public static String keys(List<ParameterKey> parameters) {
    return String.join(",", parameters.stream().map(ParameterKey::key).toList());
  }
}
