/**
 * Sensitivity of the compute-leverage verdict to the parameters: the evaluation of one parameter
 * point ({@link Evaluation}), sweeps of many points over all cores with results independent of the
 * thread count ({@link Sweep}), and the analyses built on them.
 */
package org.leverage.analysis.sensitivity;
