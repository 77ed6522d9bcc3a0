package se.odis.cli;

import picocli.CommandLine.Option;

/** The {@code --debug} option, mixed into commands: on an error, also print the stack trace. */
final class DebugOption {
  static final String NAME = "--debug";

  @Option(names = NAME, description = "On an error, also print the stack trace (for bug reports).")
  boolean enabled;
}
