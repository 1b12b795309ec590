package org.leverage.analysis.sensitivity;

/**
 * The result of one {@link SensitivityAnalysis}: an immutable record that a renderer or a chart
 * reads. A new kind of analysis is one more permitted type and one more {@link Visitor} method, so
 * the compiler finds every renderer that must learn it.
 */
public sealed interface SensitivityResult permits OneWay, Tornado, Threshold, TwoWay {

  /** Calls the visitor's method for this kind of result. */
  <T> T accept(Visitor<T> visitor);

  /** One method per kind of result. */
  interface Visitor<T> {
    T oneWay(OneWay result);

    T tornado(Tornado result);

    T threshold(Threshold result);

    T twoWay(TwoWay result);
  }
}
