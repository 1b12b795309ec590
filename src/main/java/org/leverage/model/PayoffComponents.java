package org.leverage.model;

/**
 * The discounted expected payoffs of a regime split into their terms (USD bn), along the expected
 * path: {@code usTotal() = revenue + militaryRisk + enforcement}, {@code chinaTotal() =
 * computeValue + indigenization}. Costs are negative.
 *
 * @param revenue US sales revenue kept, {@code v X dt u f (1 - L(a))}
 * @param militaryRisk the US cost of China's military compute reach, {@code -theta w S_t Km}
 * @param enforcement the US cost of enforcing controls, {@code -C(a)}
 * @param computeValue China's value of commercial compute reach, {@code omega w S_t Kc}
 * @param indigenization China's cost of indigenization pushes, {@code -kappa [INDIGENIZE]}
 */
public record PayoffComponents(
    double revenue,
    double militaryRisk,
    double enforcement,
    double computeValue,
    double indigenization) {

  public double usTotal() {
    return revenue + militaryRisk + enforcement;
  }

  public double chinaTotal() {
    return computeValue + indigenization;
  }

  /** This minus {@code other}, term by term. */
  public PayoffComponents minus(PayoffComponents other) {
    return new PayoffComponents(
        revenue - other.revenue,
        militaryRisk - other.militaryRisk,
        enforcement - other.enforcement,
        computeValue - other.computeValue,
        indigenization - other.indigenization);
  }
}
