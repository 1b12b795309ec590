/**
 * Sensitivity of the compute-leverage verdict to the parameters: the evaluation of one parameter
 * point ({@link Evaluation}), sweeps of many points over all cores with results independent of the
 * thread count ({@link Sweep}), and the analyses built on them: {@link OneWay}, {@link Tornado},
 * {@link Threshold} and {@link TwoWay} (each asked for as a {@link SensitivityAnalysis}, run
 * together by {@link SensitivityResults#run}), and {@link PayoffSweep}, where the equilibria of a
 * two-player normal-form game change as one payoff moves.
 *
 * <p>Sampling-based analyses: {@link Sampling} draws seeded points of the unit hypercube (plain or
 * Latin hypercube), {@link SaltelliDesign} arranges them for Sobol indices, and an {@link
 * Experiment} maps them through a scenario's distributions and evaluates any {@link Chunk} of them.
 * The {@link EvaluationChunk}s of one {@link Run} merge into exactly the evaluations of a single
 * pass, which {@link MonteCarlo} summarises and {@link Sobol} turns into sensitivity indices: the
 * same seed gives the same bits for any thread count and any split into chunks.
 *
 * <p>Where points are evaluated is an {@link Evaluator}: worker threads of this process by default,
 * or the partitions of a Spark job ({@code org.leverage.spark}), with the same results.
 */
package org.leverage.analysis.sensitivity;
