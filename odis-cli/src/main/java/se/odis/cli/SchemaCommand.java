package se.odis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code odis schema}: prints the JSON Schema of the dataset input, as ODIS ships it. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prints the JSON Schema of dataset files.",
      "The schema (draft 2020-12) lets editors and other tools check a dataset file as it is written: "
          + "odis schema > dataset.schema.json",
    })
final class SchemaCommand implements Callable<Integer> {
  /** The schema's class path resource, in odis-model. */
  static final String RESOURCE = "/se/odis/model/dataset.schema.json";

  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin OutputOption output;

  @Override
  public Integer call() {
    output.write(text());
    return ExitCodes.OK;
  }

  /** @return the schema, verbatim */
  static String text() {
    try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the class path (odis-model)");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
