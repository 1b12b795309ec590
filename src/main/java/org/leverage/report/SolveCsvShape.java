package org.leverage.report;

/**
 * The columns of {@code solve}'s equilibrium CSV (normal forms and trees), fixed by the command
 * line alone so that the shape never depends on how many methods ran or what they found: {@code
 * [method,]kind,PROBABILITIES...[,selected]}.
 *
 * @param header whether a header row naming the columns comes first ({@code --header})
 * @param methodColumn whether every row starts with the name of the method that found it ({@code
 *     --method all})
 * @param selectedColumn whether every row ends with {@code 1} or {@code 0}, selected by the
 *     criterion or not ({@code --select}); empty for a method the criterion does not judge
 */
public record SolveCsvShape(boolean header, boolean methodColumn, boolean selectedColumn) {

  /** Gambit's rows: {@code NE,} and the probabilities, no header. */
  public static final SolveCsvShape GAMBIT = new SolveCsvShape(false, false, false);
}
