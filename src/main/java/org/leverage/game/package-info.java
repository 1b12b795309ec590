/**
 * Immutable game types: normal-form games with exact payoffs and a fast {@code double} view, mixed
 * strategies and profiles, and the exact equilibrium check every solver's output must pass.
 */
package org.leverage.game;
