package se.odis.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.odis.record.RecordFile;

/**
 * {@code odis set FILE FIELD VALUE}: records one fact or metadata field in a dataset file, checked
 * as {@code odis assess} reads the file, and rewrites the file in the record's layout, atomically.
 */
@Command(
    name = "set",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Sets one field of a dataset file, e.g. odis set parkering.json personalData.status NONE, "
          + "odis set parkering.json roles.owner Trafiknämnden, odis set parkering.json licence CC-BY-4.0.",
      "The value is checked as odis reads the file (a misspelt field or value is an error, with a "
          + "suggestion). The file is rewritten in one stable layout, so a diff shows only the change; "
          + "nothing else in it is changed or reordered. Progress is recorded with odis progress.",
    })
final class SetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The dataset file.")
  Path file;

  @Parameters(index = "1", paramLabel = "FIELD",
      description = "The field: licence, secrecy, personalData.status, roles.owner, title.sv, "
          + "distributions.0.format… (odis schema lists them all).")
  String field;

  @Parameters(index = "2", arity = "0..1", paramLabel = "VALUE",
      description = "The value. A list is given comma-separated (themes: TRAN,ENVI) or as a JSON array.")
  String value;

  @Option(names = "--json", description = "VALUE is JSON, e.g. an object for publisher or null.")
  boolean json;

  @Option(names = "--unset",
      description = "Empty the field instead: a fact becomes UNKNOWN, a list [], anything else null or absent.")
  boolean unset;

  @Mixin LanguageOption lang;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws Exception {
    if (unset == (value != null)) {
      throw new ParameterException(spec.commandLine(), unset
          ? "--unset takes no VALUE"
          : "VALUE is missing; give the field's new value, or --unset to empty it");
    }
    if (unset && json) throw new ParameterException(spec.commandLine(), "--json and --unset exclude each other");
    RecordFile before = RecordFile.read(file);
    RecordFile after = unset ? before.unset(field) : json ? before.setJson(field, value) : before.set(field, value);
    Labels l = lang.labels();
    String shown = unset ? l.get("set.empty") : value;
    return RecordSave.save(spec, l, after, file, l.format("set.done", file, field.strip(), shown));
  }
}
