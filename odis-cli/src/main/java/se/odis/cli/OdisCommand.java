package se.odis.cli;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code odis} command; it only holds the subcommands, which {@link Main} adds (see
 * {@link Main#commandLine(String...)}).
 */
@Command(
    name = "odis",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "Tells whether a dataset is ready to publish as open data, following the ÖDIS guide "
          + "(Guide för att publicera och förvalta öppna data).",
    },
    commandListHeading = "%nCommands:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  odis assess dataset.json                      report in Swedish, for people",
      "  odis assess --lang en dataset.json            report in English",
      "  odis assess --format json dataset.json        JSON, see docs/json-output.md",
      "  odis assess --as-of 2026-06-30 dataset.json   as of a given day",
    })
final class OdisCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** The process's standard output as bytes (set by {@link Main#main}); null when run in-process. */
  java.io.OutputStream stdout;

  @Override
  public Integer call() {
    String commands = spec.subcommands().keySet().stream()
        .filter(name -> !name.equals("help"))
        .collect(Collectors.joining(", "));
    throw new ParameterException(spec.commandLine(), "missing command; expected one of: " + commands);
  }
}
