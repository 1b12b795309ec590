package org.leverage.solve.dynamic;

/**
 * A node whose stage game had several equilibria.
 *
 * @param period the period ({@code 0} for a stationary solution)
 * @param state the state
 * @param equilibria how many were found (at least 2)
 */
public record MultipleEquilibria(int period, int state, int equilibria) {}
