package org.leverage.solve.catalog;

/** The kinds of game the catalog knows; every dispatch over them is an exhaustive switch. */
public enum GameKind {
  NORMAL_FORM("normal-form games"),
  TREE("game trees"),
  REPEATED("repeated games"),
  DYNAMIC("dynamic games");

  private final String plural;

  GameKind(String plural) {
    this.plural = plural;
  }

  /** How messages and help name games of this kind: {@code "game trees"}. */
  public String plural() {
    return plural;
  }
}
