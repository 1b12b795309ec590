package org.leverage.analysis.sensitivity;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.leverage.analysis.RegimeComparison;
import org.leverage.model.Regime;
import org.leverage.model.RegimeOutcome;

/**
 * The outcomes of one parameter point that sensitivity analyses track: each regime's US and China
 * payoffs and China's self-sufficiency at the horizon, the US advantage of STRATEGIC_DEPENDENCY
 * over FULL_DECOUPLING and the preferred regime between the two.
 *
 * @param us each regime's US payoff (USD bn)
 * @param china each regime's China payoff (USD bn)
 * @param finalSelfSufficiency each regime's expected self-sufficiency after the last period
 * @param advantage STRATEGIC_DEPENDENCY's US payoff minus FULL_DECOUPLING's
 * @param preferred the regime with the higher US payoff of the two, empty on an exact tie
 */
public record Evaluation(
    Map<Regime, Double> us,
    Map<Regime, Double> china,
    Map<Regime, Double> finalSelfSufficiency,
    double advantage,
    Optional<Regime> preferred) {

  public Evaluation {
    us = ImmutableMap.copyOf(new EnumMap<>(us));
    china = ImmutableMap.copyOf(new EnumMap<>(china));
    finalSelfSufficiency = ImmutableMap.copyOf(new EnumMap<>(finalSelfSufficiency));
  }

  /**
   * The evaluation of a comparison that solved at least FULL_DECOUPLING and STRATEGIC_DEPENDENCY.
   */
  public static Evaluation of(RegimeComparison c) {
    Map<Regime, Double> us = new EnumMap<>(Regime.class);
    Map<Regime, Double> china = new EnumMap<>(Regime.class);
    Map<Regime, Double> s = new EnumMap<>(Regime.class);
    for (RegimeOutcome o : c.outcomes()) {
      us.put(o.regime(), o.usValue());
      china.put(o.regime(), o.chinaValue());
      s.put(o.regime(), o.path().get(o.path().size() - 1).selfSufficiency());
    }
    var question =
        c.verdict()
            .question()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "a sensitivity evaluation needs FULL_DECOUPLING and STRATEGIC_DEPENDENCY"));
    return new Evaluation(us, china, s, question.usAdvantage(), question.preferred());
  }
}
