package org.leverage.game.dynamic;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.numeric.Tolerance;

/**
 * A stationary dynamic game stored in tables: payoffs and transitions depend on the state and the
 * actions but not on the period. Built with {@link #builder}, which is what a file reader fills in;
 * every (state, a, b) must be given a payoff and a transition before {@link Builder#build()}.
 * Immutable and thread-safe.
 *
 * <p>Besides the {@code double} callbacks the solvers use, the game keeps every number exactly as
 * given ({@link #exactPayoff}, {@link #exactTransition}, {@link #exactTerminalValue}, {@link
 * #exactDiscount}), for solving in rational arithmetic: the builder's {@link BigFraction} methods
 * keep the fraction (and round it to the nearest double by {@link BigFraction#doubleValue()} for
 * the callbacks), its {@code double} methods keep the double's own binary value, which is exact.
 */
public final class TabularDynamicGame implements DynamicGame {

  private final ImmutableList<String> playerNames;
  private final ImmutableList<String> stateLabels;
  private final ImmutableList<ImmutableList<ImmutableList<String>>> actionLabels;
  private final int horizon;
  private final double discount;
  private final BigFraction exactDiscount;
  private final int[] cellOffset;
  private final double[] payoffs;
  private final int[][] successors;
  private final double[][] probabilities;
  private final double[] terminal;
  private final BigFraction[] exactPayoffs;
  private final BigFraction[][] exactProbabilities;
  private final BigFraction[] exactTerminal;
  private final int maxSuccessors;

  private TabularDynamicGame(Builder b) {
    this.playerNames = ImmutableList.copyOf(b.playerNames);
    this.stateLabels = ImmutableList.copyOf(b.stateLabels);
    ImmutableList.Builder<ImmutableList<ImmutableList<String>>> labels = ImmutableList.builder();
    for (int p = 0; p < 2; p++) {
      ImmutableList.Builder<ImmutableList<String>> perState = ImmutableList.builder();
      for (List<String> l : b.actionLabels.get(p)) {
        perState.add(ImmutableList.copyOf(l));
      }
      labels.add(perState.build());
    }
    this.actionLabels = labels.build();
    this.horizon = b.horizon;
    this.discount = b.discount;
    this.exactDiscount = b.exactDiscount;
    this.cellOffset = b.cellOffset;
    this.payoffs = b.payoffs.clone();
    this.successors = new int[b.successors.length][];
    this.probabilities = new double[b.probabilities.length][];
    this.exactProbabilities = new BigFraction[b.probabilities.length][];
    int max = 1;
    for (int c = 0; c < successors.length; c++) {
      if (b.successors[c] == null) {
        throw new IllegalArgumentException("no transition was given for " + b.describeCell(c));
      }
      successors[c] = b.successors[c].clone();
      probabilities[c] = b.probabilities[c].clone();
      exactProbabilities[c] = b.exactProbabilities[c].clone();
      max = Math.max(max, successors[c].length);
    }
    for (int c = 0; c < successors.length; c++) {
      if (!b.payoffGiven[c]) {
        throw new IllegalArgumentException("no payoffs were given for " + b.describeCell(c));
      }
    }
    this.maxSuccessors = max;
    this.terminal = b.terminal.clone();
    this.exactPayoffs = b.exactPayoffs.clone();
    this.exactTerminal = b.exactTerminal.clone();
  }

  /**
   * Starts a game whose states have the given labels and whose players have the given action labels
   * per state.
   *
   * @param actionLabels {@code actionLabels.get(player).get(state)}: the labels of that player's
   *     actions in that state, at least one
   */
  public static Builder builder(
      List<String> playerNames, List<String> stateLabels, List<List<List<String>>> actionLabels) {
    return new Builder(playerNames, stateLabels, actionLabels);
  }

  @Override
  public int numStates() {
    return stateLabels.size();
  }

  @Override
  public int horizon() {
    return horizon;
  }

  @Override
  public double discount() {
    return discount;
  }

  @Override
  public String playerName(int player) {
    return playerNames.get(player);
  }

  @Override
  public String stateLabel(int state) {
    return stateLabels.get(state);
  }

  @Override
  public int numActions(int player, int state) {
    return actionLabels.get(player).get(state).size();
  }

  @Override
  public String actionLabel(int player, int state, int action) {
    return actionLabels.get(player).get(state).get(action);
  }

  @Override
  public int maxSuccessors() {
    return maxSuccessors;
  }

  @Override
  public void payoffs(int period, int state, int a, int b, double[] out) {
    int c = cellOffset[state] + a * numActions(1, state) + b;
    out[0] = payoffs[2 * c];
    out[1] = payoffs[2 * c + 1];
  }

  @Override
  public int transition(
      int period, int state, int a, int b, int[] successors, double[] probabilities) {
    int c = cellOffset[state] + a * numActions(1, state) + b;
    int n = this.successors[c].length;
    System.arraycopy(this.successors[c], 0, successors, 0, n);
    System.arraycopy(this.probabilities[c], 0, probabilities, 0, n);
    return n;
  }

  @Override
  public double terminalValue(int player, int state) {
    return terminal[2 * state + player];
  }

  /** The discount factor as given. */
  public BigFraction exactDiscount() {
    return exactDiscount;
  }

  /** The stage payoff of {@code player} as given. */
  public BigFraction exactPayoff(int player, int state, int a, int b) {
    return exactPayoffs[2 * (cellOffset[state] + a * numActions(1, state) + b) + player];
  }

  /**
   * {@link #transition} with the probabilities as given, which sum to exactly 1 when they were
   * given as fractions.
   */
  public int exactTransition(
      int state, int a, int b, int[] successors, BigFraction[] probabilities) {
    int c = cellOffset[state] + a * numActions(1, state) + b;
    int n = this.successors[c].length;
    System.arraycopy(this.successors[c], 0, successors, 0, n);
    System.arraycopy(exactProbabilities[c], 0, probabilities, 0, n);
    return n;
  }

  /** The terminal value of {@code player} in {@code state} as given. */
  public BigFraction exactTerminalValue(int player, int state) {
    return exactTerminal[2 * state + player];
  }

  /** Collects the tables of a {@link TabularDynamicGame}; not thread-safe. */
  public static final class Builder {
    private final List<String> playerNames;
    private final List<String> stateLabels;
    private final List<List<List<String>>> actionLabels;
    private final int[] cellOffset;
    private final double[] payoffs;
    private final BigFraction[] exactPayoffs;
    private final boolean[] payoffGiven;
    private final int[][] successors;
    private final double[][] probabilities;
    private final BigFraction[][] exactProbabilities;
    private final double[] terminal;
    private final BigFraction[] exactTerminal;
    private int horizon = 1;
    private double discount = 1;
    private BigFraction exactDiscount = BigFraction.ONE;

    private Builder(
        List<String> playerNames, List<String> stateLabels, List<List<List<String>>> actionLabels) {
      this.playerNames = ImmutableList.copyOf(playerNames);
      this.stateLabels = ImmutableList.copyOf(stateLabels);
      if (this.playerNames.size() != 2) {
        throw new IllegalArgumentException(
            "a dynamic game has 2 players but " + this.playerNames.size() + " names were given");
      }
      if (this.stateLabels.isEmpty()) {
        throw new IllegalArgumentException("a dynamic game needs at least one state");
      }
      if (actionLabels.size() != 2) {
        throw new IllegalArgumentException(
            "action labels must be given for 2 players but were given for " + actionLabels.size());
      }
      List<List<List<String>>> copy = new ArrayList<>();
      for (int p = 0; p < 2; p++) {
        List<List<String>> perState = actionLabels.get(p);
        if (perState.size() != this.stateLabels.size()) {
          throw new IllegalArgumentException(
              "player "
                  + this.playerNames.get(p)
                  + " has action labels for "
                  + perState.size()
                  + " states; expected "
                  + this.stateLabels.size());
        }
        List<List<String>> c = new ArrayList<>();
        for (int s = 0; s < perState.size(); s++) {
          if (perState.get(s).isEmpty()) {
            throw new IllegalArgumentException(
                "player "
                    + this.playerNames.get(p)
                    + " has no action in state "
                    + this.stateLabels.get(s));
          }
          c.add(ImmutableList.copyOf(perState.get(s)));
        }
        copy.add(c);
      }
      this.actionLabels = copy;
      this.cellOffset = new int[this.stateLabels.size()];
      int cells = 0;
      for (int s = 0; s < cellOffset.length; s++) {
        cellOffset[s] = cells;
        cells += copy.get(0).get(s).size() * copy.get(1).get(s).size();
      }
      this.payoffs = new double[2 * cells];
      this.exactPayoffs = new BigFraction[2 * cells];
      this.payoffGiven = new boolean[cells];
      this.successors = new int[cells][];
      this.probabilities = new double[cells][];
      this.exactProbabilities = new BigFraction[cells][];
      this.terminal = new double[2 * this.stateLabels.size()];
      this.exactTerminal = new BigFraction[2 * this.stateLabels.size()];
      Arrays.fill(exactTerminal, BigFraction.ZERO);
    }

    /** The number of periods, at least 1 (default 1). */
    public Builder horizon(int periods) {
      if (periods < 1) {
        throw new IllegalArgumentException("horizon must be at least 1 period but was " + periods);
      }
      this.horizon = periods;
      return this;
    }

    /** The per-period discount factor, in (0, 1] (default 1). */
    public Builder discount(double factor) {
      if (!(factor > 0 && factor <= 1)) {
        throw new IllegalArgumentException("discount factor must be in (0, 1] but was " + factor);
      }
      this.discount = factor;
      this.exactDiscount = new BigFraction(factor);
      return this;
    }

    /** The per-period discount factor, exactly, in (0, 1]. */
    public Builder discount(BigFraction factor) {
      if (factor.compareTo(BigFraction.ZERO) <= 0 || factor.compareTo(BigFraction.ONE) > 0) {
        throw new IllegalArgumentException("discount factor must be in (0, 1] but was " + factor);
      }
      this.discount = factor.doubleValue();
      this.exactDiscount = factor;
      return this;
    }

    /** The stage payoffs when the players choose {@code a} and {@code b} in {@code state}. */
    public Builder payoffs(int state, int a, int b, double payoff0, double payoff1) {
      if (!Double.isFinite(payoff0) || !Double.isFinite(payoff1)) {
        throw new IllegalArgumentException(
            "payoffs must be finite but were (" + payoff0 + ", " + payoff1 + ")");
      }
      return payoffs(
          cell(state, a, b), payoff0, payoff1, new BigFraction(payoff0), new BigFraction(payoff1));
    }

    /** The stage payoffs, exactly. */
    public Builder payoffs(int state, int a, int b, BigFraction payoff0, BigFraction payoff1) {
      return payoffs(cell(state, a, b), finite(payoff0), finite(payoff1), payoff0, payoff1);
    }

    private Builder payoffs(int c, double u0, double u1, BigFraction e0, BigFraction e1) {
      payoffs[2 * c] = u0;
      payoffs[2 * c + 1] = u1;
      exactPayoffs[2 * c] = e0;
      exactPayoffs[2 * c + 1] = e1;
      payoffGiven[c] = true;
      return this;
    }

    private static double finite(BigFraction x) {
      double d = x.doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException(
            "payoffs must be within the range of a double but one was " + x);
      }
      return d;
    }

    /**
     * The distribution of the next state when the players choose {@code a} and {@code b} in {@code
     * state}: successor states and probabilities, non-negative and summing to 1.
     */
    public Builder transition(int state, int a, int b, int[] next, double[] probs) {
      BigFraction[] exact = new BigFraction[probs.length];
      for (int k = 0; k < probs.length; k++) {
        exact[k] = Double.isFinite(probs[k]) ? new BigFraction(probs[k]) : BigFraction.MINUS_ONE;
      }
      return transition(state, a, b, next, probs, exact);
    }

    /**
     * The distribution of the next state, exactly: the probabilities must be non-negative and sum
     * to exactly 1.
     */
    public Builder transition(int state, int a, int b, int[] next, BigFraction[] probs) {
      double[] rounded = new double[probs.length];
      BigFraction sum = BigFraction.ZERO;
      for (int k = 0; k < probs.length; k++) {
        if (probs[k].compareTo(BigFraction.ZERO) < 0) {
          throw new IllegalArgumentException(
              "transition of "
                  + describeCell(cell(state, a, b))
                  + " has probability "
                  + probs[k]
                  + "; probabilities must be non-negative");
        }
        rounded[k] = probs[k].doubleValue();
        sum = sum.add(probs[k]);
      }
      if (probs.length > 0 && !sum.equals(BigFraction.ONE)) {
        throw new IllegalArgumentException(
            "transition probabilities of "
                + describeCell(cell(state, a, b))
                + " sum to "
                + sum
                + ", not exactly 1");
      }
      return transition(state, a, b, next, rounded, probs);
    }

    private Builder transition(
        int state, int a, int b, int[] next, double[] probs, BigFraction[] exact) {
      int c = cell(state, a, b);
      if (next.length == 0 || next.length != probs.length) {
        throw new IllegalArgumentException(
            "transition of "
                + describeCell(c)
                + " needs as many probabilities as successors (at least one) but has "
                + next.length
                + " successors and "
                + probs.length
                + " probabilities");
      }
      double sum = 0;
      for (int k = 0; k < next.length; k++) {
        if (next[k] < 0 || next[k] >= stateLabels.size()) {
          throw new IllegalArgumentException(
              "transition of " + describeCell(c) + " leads to unknown state " + next[k]);
        }
        if (!(probs[k] >= 0)) {
          throw new IllegalArgumentException(
              "transition of "
                  + describeCell(c)
                  + " has probability "
                  + probs[k]
                  + "; probabilities must be non-negative");
        }
        sum += probs[k];
      }
      // Decimal probabilities such as 0.1 + 0.2 + 0.7 do not sum to 1 exactly in binary.
      if (!Tolerance.DEFAULT.isZero(sum - 1)) {
        throw new IllegalArgumentException(
            "transition probabilities of " + describeCell(c) + " sum to " + sum + ", not 1");
      }
      successors[c] = next.clone();
      probabilities[c] = probs.clone();
      exactProbabilities[c] = exact.clone();
      return this;
    }

    /** The same transition for every action pair in {@code state}. */
    public Builder transition(int state, int[] next, double[] probs) {
      for (int a = 0; a < numActions(0, state); a++) {
        for (int b = 0; b < numActions(1, state); b++) {
          transition(state, a, b, next, probs);
        }
      }
      return this;
    }

    /** The same transition for every action pair in {@code state}, exactly. */
    public Builder transition(int state, int[] next, BigFraction[] probs) {
      for (int a = 0; a < numActions(0, state); a++) {
        for (int b = 0; b < numActions(1, state); b++) {
          transition(state, a, b, next, probs);
        }
      }
      return this;
    }

    /** The values of both players in {@code state} after the last period (default 0). */
    public Builder terminalValues(int state, double value0, double value1) {
      checkState(state);
      if (!Double.isFinite(value0) || !Double.isFinite(value1)) {
        throw new IllegalArgumentException(
            "terminal values must be finite but were (" + value0 + ", " + value1 + ")");
      }
      terminal[2 * state] = value0;
      terminal[2 * state + 1] = value1;
      exactTerminal[2 * state] = new BigFraction(value0);
      exactTerminal[2 * state + 1] = new BigFraction(value1);
      return this;
    }

    /** The terminal values, exactly. */
    public Builder terminalValues(int state, BigFraction value0, BigFraction value1) {
      checkState(state);
      terminal[2 * state] = value0.doubleValue();
      terminal[2 * state + 1] = value1.doubleValue();
      exactTerminal[2 * state] = value0;
      exactTerminal[2 * state + 1] = value1;
      return this;
    }

    public TabularDynamicGame build() {
      return new TabularDynamicGame(this);
    }

    private int numActions(int player, int state) {
      return actionLabels.get(player).get(state).size();
    }

    private void checkState(int state) {
      if (state < 0 || state >= stateLabels.size()) {
        throw new IllegalArgumentException(
            "state must be in [0, " + (stateLabels.size() - 1) + "] but was " + state);
      }
    }

    private int cell(int state, int a, int b) {
      checkState(state);
      if (a < 0 || a >= numActions(0, state) || b < 0 || b >= numActions(1, state)) {
        throw new IllegalArgumentException(
            "actions ("
                + a
                + ", "
                + b
                + ") out of range in state "
                + stateLabels.get(state)
                + " with "
                + numActions(0, state)
                + "x"
                + numActions(1, state)
                + " actions");
      }
      return cellOffset[state] + a * numActions(1, state) + b;
    }

    private String describeCell(int c) {
      int s = Arrays.binarySearch(cellOffset, c);
      if (s < 0) {
        // Every state has at least one cell, so offsets increase strictly.
        s = -s - 2;
      }
      int local = c - cellOffset[s];
      int n = numActions(1, s);
      return "state "
          + stateLabels.get(s)
          + ", actions ("
          + actionLabels.get(0).get(s).get(local / n)
          + ", "
          + actionLabels.get(1).get(s).get(local % n)
          + ")";
    }
  }
}
