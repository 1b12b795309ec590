/**
 * Reading and writing game files: Gambit {@code .nfg} (payoff and outcome versions) and the
 * project's YAML schema. Every error is a {@link org.leverage.io.GameFormatException} naming file,
 * line and what was expected.
 */
package org.leverage.io;
