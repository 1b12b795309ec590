package org.leverage.io;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.Outcome;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.Infoset;
import org.leverage.numeric.Rationals;

/**
 * Writes a game tree in Gambit's {@code .efg} format (version 2), one node per line in preorder.
 * Information-set and outcome details (labels, actions, probabilities, payoffs) are written at
 * their first appearance only, as Gambit writes them. Numbers are exact: integers or fractions in
 * lowest terms ({@code 4/5} where the file read had {@code .80}), so {@link EfgReader} reads the
 * text back to an equal game. Quotes and backslashes inside labels are escaped with a backslash.
 * Linear in the tree size.
 */
public final class EfgWriter {

  private EfgWriter() {}

  /** The {@code .efg} text of {@code game}. */
  public static String write(ExtensiveGame game) {
    StringBuilder out = new StringBuilder();
    out.append("EFG 2 R ").append(quote(game.title())).append(" { ");
    for (String p : game.players()) {
      out.append(quote(p)).append(' ');
    }
    out.append("}\n").append(quote(game.comment())).append("\n\n");
    Set<Integer> seenInfosets = new HashSet<>();
    Set<Integer> seenOutcomes = new HashSet<>();
    for (int v = 0; v < game.numNodes(); v++) {
      int player = game.player(v);
      if (player == ExtensiveGame.TERMINAL) {
        out.append("t ").append(quote(game.nodeLabel(v))).append(' ');
      } else {
        Infoset s = game.infoset(v);
        out.append(player == 0 ? "c " : "p ").append(quote(game.nodeLabel(v))).append(' ');
        if (player > 0) {
          out.append(player).append(' ');
        }
        out.append(s.number()).append(' ');
        if (seenInfosets.add(s.index())) {
          out.append(quote(s.label())).append(" { ");
          for (int a = 0; a < s.numActions(); a++) {
            out.append(quote(s.actions().get(a))).append(' ');
            if (s.isChance()) {
              out.append(Rationals.format(s.probabilities().get(a))).append(' ');
            }
          }
          out.append("} ");
        }
      }
      int o = game.outcomeNumber(v);
      out.append(o);
      if (o > 0 && seenOutcomes.add(o)) {
        Outcome outcome = game.outcomes().get(o);
        out.append(' ')
            .append(quote(outcome.label()))
            .append(" { ")
            .append(payoffs(outcome.payoffs()))
            .append(" }");
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String payoffs(List<BigFraction> payoffs) {
    return payoffs.stream().map(Rationals::format).collect(Collectors.joining(", "));
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
