package org.leverage.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.leverage.analysis.sensitivity.EvaluationChunk;
import org.leverage.analysis.sensitivity.MonteCarlo;
import org.leverage.analysis.sensitivity.MonteCarloSummary;
import org.leverage.analysis.sensitivity.Run;
import org.leverage.analysis.sensitivity.Sobol;
import org.leverage.analysis.sensitivity.SobolIndices;
import org.leverage.io.EvaluationFiles;
import org.leverage.io.GameFormatException;
import org.leverage.report.FixedDecimals;
import org.leverage.report.MonteCarloRenderer;
import org.leverage.report.OutputFormat;
import org.leverage.solve.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leverage merge FILE...}: the chunk files of one {@code sensitivity --montecarlo N --chunk
 * I/N} run combined into exactly the output of the run done at once.
 */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Combine the chunk files written by sensitivity --montecarlo N --chunk I/N --out PREFIX"
          + " (PREFIX.montecarlo.csv, and PREFIX.sobol.csv with --sobol) into the summary one"
          + " run would print, byte for byte. Every chunk of the run must be given once."
    })
final class MergeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Chunk files, in any order.")
  List<Path> files;

  @Mixin DecimalOutputOptions output;

  @Mixin OutputFileOption outputFile;

  @Mixin QuietOption quiet;

  @Override
  public Integer call() throws IOException, GameFormatException {
    if (output.format == OutputFormat.csv || output.header.header) {
      throw new UsageException("merge prints text or --format json (no CSV, so no --header)");
    }
    FixedDecimals numbers = output.numbers();
    List<EvaluationChunk> draws = new ArrayList<>();
    List<EvaluationChunk> design = new ArrayList<>();
    for (Path f : files) {
      EvaluationChunk c = EvaluationFiles.read(f);
      (c.run().kind() == Run.Kind.SOBOL ? design : draws).add(c);
    }
    if (draws.isEmpty()) {
      throw new UsageException(
          "merge needs the Monte Carlo chunks (PREFIX.montecarlo.csv) of the run");
    }
    EvaluationChunk all = merge(draws);
    MonteCarloSummary summary = MonteCarlo.summarize(all);
    Optional<SobolIndices> indices = Optional.empty();
    if (!design.isEmpty()) {
      EvaluationChunk sobol = merge(design);
      indices =
          Optional.of(
              Sobol.ofAdvantage(sobol, SensitivityCommand.SOBOL_RESAMPLES, sobol.run().seed()));
    }
    MonteCarloRenderer renderer = new MonteCarloRenderer(numbers);
    String scenario = all.run().scenario();
    outputFile.print(
        spec,
        output.format == OutputFormat.json
            ? renderer.json(scenario, summary, indices)
            : renderer.text(scenario, summary, indices));
    return ExitCodes.OK;
  }

  private static EvaluationChunk merge(List<EvaluationChunk> chunks) {
    try {
      return EvaluationChunk.merge(chunks);
    } catch (IllegalArgumentException e) {
      // Chunks of different runs, overlapping or missing slices.
      throw new UsageException("cannot merge: " + e.getMessage());
    }
  }
}
