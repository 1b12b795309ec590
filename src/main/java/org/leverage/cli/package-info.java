/**
 * The command line (picocli): each command parses its options, calls one entry point, hands the
 * result to a renderer and returns an exit code. Only {@link org.leverage.cli.Main} exits.
 */
package org.leverage.cli;
