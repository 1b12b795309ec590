package org.leverage.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command line of a run as the user could type it again, for the "Reproduce" section of a
 * report: {@code leverage COMMAND}, every option given that shapes the results with its values as
 * typed (an option given several times gathered where it first appears), and the files. One
 * reconstruction for every command, from what picocli parsed, so that no option that changes the
 * results can be forgotten.
 */
final class TypedCommand {

  /**
   * Options that change neither the results nor the report: where they go, how they are printed,
   * how many threads compute them (the bytes are the same on any number).
   */
  private static final Set<String> NOT_REPRODUCED =
      Set.of("--report", "--format", "--output", "--quiet", "--threads", "--header");

  private TypedCommand() {}

  /** The command line of the run {@code spec} parsed. */
  static String of(CommandSpec spec) {
    ParseResult parsed = spec.commandLine().getParseResult();
    List<String> words = new ArrayList<>(List.of("leverage", spec.name()));
    // An option given several times (--set) is matched once per time, holding all its values.
    for (OptionSpec o : new LinkedHashSet<>(parsed.matchedOptions())) {
      if (!NOT_REPRODUCED.contains(o.longestName())) {
        add(words, o.longestName(), o);
      }
    }
    for (ArgSpec p : parsed.matchedPositionals()) {
      add(words, null, p);
    }
    return String.join(" ", words);
  }

  /** Adds {@code arg} as given: a flag's name, or each value after the option's name if any. */
  private static void add(List<String> words, String name, ArgSpec arg) {
    if (arg.arity().max() == 0) {
      words.add(name);
      return;
    }
    for (String v : arg.originalStringValues()) {
      if (name != null) {
        words.add(name);
      }
      words.add(v);
    }
  }
}
