/**
 * Two-player dynamic (stochastic) games in {@code double}: finite state sets, per-state action
 * sets, stage payoffs and transitions given by callbacks that fill primitive buffers, so that
 * models with thousands of states are expressed without one object per (period, state, action
 * pair). Also the equally spaced grids and interpolation weights that turn continuous state
 * variables in [0, 1] into grid states.
 */
package org.leverage.game.dynamic;
