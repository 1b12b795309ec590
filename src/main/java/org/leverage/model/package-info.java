/**
 * The compute-leverage model: the US-China chip-controls game of reference model v1 (parameters
 * with units, plausible ranges and sources; the dynamic game they define; the policy regimes) and
 * the solve of one regime into values, expected paths and payoff components. Built on the
 * dynamic-game solver of {@code solve.dynamic}; compared and swept by {@code analysis}.
 */
package org.leverage.model;
