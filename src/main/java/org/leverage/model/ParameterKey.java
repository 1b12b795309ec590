package org.leverage.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every parameter of reference model v1, with its key in scenario files, its symbol in the
 * equations, its unit and its hard domain. The plausible ranges, values and sources live in the
 * scenario files, where analysts change them; the equations are documented in {@code
 * src/site/markdown/model.md}.
 */
public enum ParameterKey {
  PERIOD_YEARS("period_years", "dt", "years", Domain.POSITIVE, "length of one period"),
  HORIZON_PERIODS(
      "horizon_periods", "T", "periods", Domain.integers(1, 2000), "number of periods played"),
  DISCOUNT_RATE("discount_rate", "r", "per year", Domain.NON_NEGATIVE, "annual discount rate"),
  DOUBLING_YEARS(
      "doubling_years",
      "d",
      "years",
      Domain.POSITIVE,
      "doubling time of frontier training compute"),
  LEVERAGE_ELASTICITY(
      "leverage_elasticity",
      "alpha",
      "-",
      Domain.NON_NEGATIVE,
      "share of compute growth that becomes strategic value"),
  CRISIS_HAZARD("crisis_hazard", "h", "per period", Domain.UNIT, "P(calm -> crisis)"),
  CRISIS_EXIT("crisis_exit", "q", "per period", Domain.UNIT, "P(crisis -> calm)"),
  SELF_SUFFICIENCY0(
      "self_sufficiency0", "s0", "share", Domain.UNIT, "China's initial self-sufficiency"),
  CHOKEPOINT0("chokepoint0", "e0", "share", Domain.UNIT, "initial chokepoint effectiveness"),
  TAU_TARGETED(
      "tau_targeted", "tau_T", "share", Domain.UNIT, "chip tightness of targeted controls"),
  BASE_CATCHUP("base_catchup", "k0", "per period", Domain.NON_NEGATIVE, "baseline catch-up rate"),
  INDIGENIZE_EFFECT(
      "indigenize_effect",
      "kI",
      "per period",
      Domain.NON_NEGATIVE,
      "catch-up added by a state indigenization push"),
  INDUCED_INNOVATION(
      "induced_innovation",
      "phi",
      "-",
      Domain.NON_NEGATIVE,
      "how much controls amplify the indigenization push"),
  MARKET_PULL(
      "market_pull",
      "mu",
      "per period",
      Domain.NON_NEGATIVE,
      "catch-up from purchases the controls redirect"),
  EROSION(
      "erosion", "rho", "per period", Domain.UNIT, "erosion of the chokepoint per unit tightness"),
  CRISIS_WEIGHT(
      "crisis_weight", "W", "-", Domain.NON_NEGATIVE, "weight of compute in a crisis period"),
  DOMESTIC_QUALITY_FLOOR(
      "domestic_quality_floor", "q0", "share", Domain.UNIT, "domestic chip quality at s = 0"),
  DOMESTIC_QUALITY_CEILING(
      "domestic_quality_ceiling", "q1", "share", Domain.UNIT, "domestic chip quality at s = 1"),
  MILITARY_LEAK_TARGETED(
      "military_leak_targeted",
      "leak_T",
      "share",
      Domain.UNIT,
      "share of controlled chips still reaching military users under targeted controls"),
  CHINA_CHIP_MARKET(
      "china_chip_market", "X", "USD bn / year", Domain.NON_NEGATIVE, "China's chip market"),
  US_LINKED_SHARE(
      "us_linked_share", "u", "share", Domain.UNIT, "US-linked share of China's chip purchases"),
  REVENUE_VALUE(
      "revenue_value", "v", "-", Domain.NON_NEGATIVE, "value to the US of a dollar of sales"),
  REVENUE_LOSS_TARGETED(
      "revenue_loss_targeted",
      "L_T",
      "share",
      Domain.UNIT,
      "share of US-linked revenue lost under targeted controls"),
  REVENUE_LOSS_FULL(
      "revenue_loss_full",
      "L_F",
      "share",
      Domain.UNIT,
      "share of US-linked revenue lost under full controls"),
  MILITARY_RISK_WEIGHT(
      "military_risk_weight",
      "theta",
      "USD bn / period",
      Domain.NON_NEGATIVE,
      "US cost of China's military compute reach"),
  ENFORCEMENT_COST_TARGETED(
      "enforcement_cost_targeted",
      "C_T",
      "USD bn / period",
      Domain.NON_NEGATIVE,
      "enforcement cost of targeted controls"),
  ENFORCEMENT_COST_FULL(
      "enforcement_cost_full",
      "C_F",
      "USD bn / period",
      Domain.NON_NEGATIVE,
      "enforcement cost of full controls"),
  CHINA_COMPUTE_VALUE(
      "china_compute_value",
      "omega",
      "USD bn / period",
      Domain.NON_NEGATIVE,
      "China's value of commercial compute reach"),
  INDIGENIZE_COST(
      "indigenize_cost",
      "kappa",
      "USD bn / period",
      Domain.NON_NEGATIVE,
      "China's cost of an indigenization push"),
  GRID_S("grid_s", "Ns", "points", Domain.integers(2, 2001), "grid points for self-sufficiency"),
  GRID_E("grid_e", "Ne", "points", Domain.integers(2, 2001), "grid points for chokepoint");

  private final String key;
  private final String symbol;
  private final String unit;
  private final Domain domain;
  private final String meaning;

  ParameterKey(String key, String symbol, String unit, Domain domain, String meaning) {
    this.key = key;
    this.symbol = symbol;
    this.unit = unit;
    this.domain = domain;
    this.meaning = meaning;
  }

  /** The key in scenario files and on the command line, e.g. {@code doubling_years}. */
  public String key() {
    return key;
  }

  /** The symbol in the model's equations, e.g. {@code d}. */
  public String symbol() {
    return symbol;
  }

  /** The unit scenario files must state for this parameter. */
  public String unit() {
    return unit;
  }

  public Domain domain() {
    return domain;
  }

  /** What the parameter means, in a few words. */
  public String meaning() {
    return meaning;
  }

  /** The parameter with scenario key {@code key}, or empty. */
  public static Optional<ParameterKey> byKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }

  /** Every key, in the order of the model's parameter table, comma-separated. */
  public static String allKeys() {
    return String.join(", ", Arrays.stream(values()).map(ParameterKey::key).toList());
  }
}
