package org.leverage.analysis.sensitivity;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.leverage.model.Regime;

/**
 * The evaluations of one chunk of a run, in index order: what {@code --chunk i/n} writes to a file
 * and {@code merge} reads back. The whole run is the chunk {@link Chunk#WHOLE}.
 *
 * @param run the run the evaluations belong to
 * @param chunk which slice of the run's indices
 * @param evaluations one per index of the slice, in order, each with every {@link Regime}
 */
public record EvaluationChunk(Run run, Chunk chunk, List<Evaluation> evaluations) {

  public EvaluationChunk {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(chunk, "chunk");
    evaluations = ImmutableList.copyOf(evaluations);
    int expected = chunk.to(run.size()) - chunk.from(run.size());
    if (evaluations.size() != expected) {
      throw new IllegalArgumentException(
          "chunk "
              + chunk
              + " of a run of "
              + run.size()
              + " evaluations holds "
              + expected
              + " but "
              + evaluations.size()
              + " were given");
    }
    for (Evaluation e : evaluations) {
      if (e.us().size() != Regime.values().length) {
        throw new IllegalArgumentException(
            "every evaluation of a run needs all four regimes but one had " + e.us().keySet());
      }
    }
  }

  /** The first index of the run in this chunk. */
  public int from() {
    return chunk.from(run.size());
  }

  /** One past the last index of the run in this chunk. */
  public int to() {
    return chunk.to(run.size());
  }

  /**
   * The evaluations, after checking that they are the whole of a run of {@code kind}.
   *
   * @throws IllegalArgumentException naming the chunk and the run's kind otherwise
   */
  List<Evaluation> whole(Run.Kind kind) {
    if (run.kind() != kind || !chunk.equals(Chunk.WHOLE)) {
      throw new IllegalArgumentException(
          "this analysis needs the whole of a "
              + kind.token()
              + " run but was given chunk "
              + chunk
              + " of a "
              + run.kind().token()
              + " run");
    }
    return evaluations;
  }

  /**
   * The whole run from its chunks, in any order and from any split (the chunks of {@code 1/2} and
   * {@code 3/4}, {@code 4/4} together are fine): the evaluations of one pass, bit for bit.
   *
   * @throws IllegalArgumentException when the chunks come from different runs (naming the first
   *     difference), overlap, or leave indices out (naming them)
   */
  public static EvaluationChunk merge(List<EvaluationChunk> chunks) {
    if (chunks.isEmpty()) {
      throw new IllegalArgumentException("merge needs at least one chunk");
    }
    EvaluationChunk first = chunks.get(0);
    for (EvaluationChunk c : chunks) {
      first
          .run()
          .difference(c.run())
          .ifPresent(
              d -> {
                throw new IllegalArgumentException(
                    "chunk "
                        + c.chunk()
                        + " is from another run than chunk "
                        + first.chunk()
                        + ": "
                        + d);
              });
    }
    List<EvaluationChunk> sorted = new ArrayList<>(chunks);
    sorted.sort(
        Comparator.comparingInt(EvaluationChunk::from).thenComparingInt(EvaluationChunk::to));
    List<Evaluation> all = new ArrayList<>(first.run().size());
    EvaluationChunk previous = null;
    for (EvaluationChunk c : sorted) {
      if (c.evaluations().isEmpty()) {
        continue;
      }
      if (c.from() > all.size()) {
        throw missing(all.size(), c.from());
      }
      if (c.from() < all.size()) {
        throw new IllegalArgumentException(
            "chunks "
                + previous.chunk()
                + " and "
                + c.chunk()
                + " both hold indices "
                + c.from()
                + " to "
                + (Math.min(all.size(), c.to()) - 1)
                + "; give each index once");
      }
      all.addAll(c.evaluations());
      previous = c;
    }
    if (all.size() < first.run().size()) {
      throw missing(all.size(), first.run().size());
    }
    return new EvaluationChunk(first.run(), Chunk.WHOLE, all);
  }

  private static IllegalArgumentException missing(int from, int to) {
    return new IllegalArgumentException(
        "no chunk holds indices " + from + " to " + (to - 1) + "; a chunk is missing");
  }
}
