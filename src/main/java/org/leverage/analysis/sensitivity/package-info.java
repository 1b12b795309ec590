/**
 * Sensitivity of the compute-leverage verdict to the parameters: the evaluation of one parameter
 * point ({@link Evaluation}), sweeps of many points over all cores with results independent of the
 * thread count ({@link Sweep}), and the analyses built on them: {@link OneWay}, {@link Tornado},
 * {@link Threshold} and {@link TwoWay} (each asked for as a {@link SensitivityAnalysis}, run
 * together by {@link SensitivityResults#run}), and {@link PayoffSweep}, where the equilibria of a
 * two-player normal-form game change as one payoff moves.
 */
package org.leverage.analysis.sensitivity;
