package org.leverage.cli;

import picocli.CommandLine;

/** Reads the version from the jar's manifest (falls back to "dev" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String v = Leverage.class.getPackage().getImplementationVersion();
    return new String[] {"leverage " + (v == null ? "dev" : v)};
  }
}
