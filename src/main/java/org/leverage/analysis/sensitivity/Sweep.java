package org.leverage.analysis.sensitivity;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.leverage.analysis.RegimeComparison;
import org.leverage.model.ParameterKey;
import org.leverage.model.Regime;
import org.leverage.model.Scenario;

/**
 * Evaluates many parameter points of one scenario, each independently (all four regimes solved by
 * backward induction, one thread per point), over a pool of worker threads. The results are
 * returned in the order of the points, so they do not depend on the number of threads.
 */
public final class Sweep {

  private final Scenario base;
  private final int threads;
  private final Evaluator elsewhere;

  /**
   * @param base the scenario whose other parameters every point keeps
   * @param threads worker threads, at least 1
   */
  public Sweep(Scenario base, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1 but was " + threads);
    }
    this.base = base;
    this.threads = threads;
    this.elsewhere = null;
  }

  /**
   * A sweep whose points, single ones included, are all evaluated by {@code evaluator} (e.g. on a
   * cluster).
   *
   * @param base the scenario whose other parameters every point keeps
   */
  public Sweep(Scenario base, Evaluator evaluator) {
    this.base = base;
    this.threads = 1;
    this.elsewhere = java.util.Objects.requireNonNull(evaluator, "evaluator");
  }

  public Scenario base() {
    return base;
  }

  /** The evaluation of one point: {@code base} with the values of {@code point} changed. */
  public Evaluation evaluate(Map<ParameterKey, Double> point) {
    if (elsewhere != null) {
      return elsewhere.evaluate(base, List.of(point), finished -> {}).get(0);
    }
    Scenario s = base;
    for (Map.Entry<ParameterKey, Double> e : point.entrySet()) {
      s = s.with(e.getKey(), e.getValue());
    }
    return Evaluation.of(RegimeComparison.compare(s, List.of(Regime.values()), 1));
  }

  /**
   * The evaluations of {@code points}, in their order.
   *
   * @param done called with the number of points finished so far, from worker threads (for a
   *     progress bar); must be thread-safe
   * @throws IllegalArgumentException when a point breaks a parameter's hard domain, naming it
   */
  public List<Evaluation> evaluate(List<Map<ParameterKey, Double>> points, IntConsumer done) {
    if (elsewhere != null) {
      return elsewhere.evaluate(base, points, done);
    }
    Evaluation[] out = new Evaluation[points.size()];
    AtomicInteger finished = new AtomicInteger();
    if (threads == 1 || points.size() < 2) {
      for (int i = 0; i < out.length; i++) {
        out[i] = evaluate(points.get(i));
        done.accept(finished.incrementAndGet());
      }
      return ImmutableList.copyOf(out);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, Sweep::daemon);
    try {
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < out.length; i = next.getAndIncrement()) {
                    out[i] = evaluate(points.get(i));
                    done.accept(finished.incrementAndGet());
                  }
                }));
      }
      for (Future<?> f : futures) {
        await(f);
      }
    } finally {
      pool.shutdownNow();
    }
    return ImmutableList.copyOf(out);
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during a sweep", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "leverage-sweep-worker");
    t.setDaemon(true);
    return t;
  }
}
