package se.odis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.odis.cli.InputFormat.From;
import se.odis.dcat.CatalogImport;
import se.odis.dcat.CkanImporter;
import se.odis.dcat.DcatImporter;
import se.odis.dcat.FetchSettings;
import se.odis.model.CatalogueFormat;
import se.odis.model.InvalidInputException;
import se.odis.model.TextCheck;
import se.odis.record.RecordFile;
import se.odis.record.RecordImport;
import se.odis.record.RecordImport.Change;
import se.odis.record.RecordImport.Conflict;
import se.odis.record.RecordImport.Kind;

/**
 * {@code odis import --from dcat|ckan CATALOGUE… --into DIR}: the catalogue's datasets into the
 * coordinator's record, one file each; run again, it refreshes what the catalogue owns and keeps
 * what the coordinator recorded ({@link RecordImport}), and says what changed.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Imports a catalogue into a record directory: one dataset file per catalogue dataset, named "
          + "after its identifier, with where it came from. The facts a catalogue cannot know (roles, "
          + "personal data, secrecy, rights, other obstacles, progress) stay UNKNOWN for you to record "
          + "with odis set, odis progress or odis checklist.",
      "Run again, it refreshes what the catalogue owns (titles, descriptions, distributions, licence, "
          + "themes, dates…) and never touches what you recorded; a value you edited that the catalogue "
          + "changed too is a conflict and yours is kept. Datasets gone from the catalogue are kept and "
          + "marked. It prints what changed; every file is written whole or not at all.",
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "CATALOGUE", description = "Catalogue files or URLs (http, https).")
  List<String> catalogues;

  @Option(names = "--from", paramLabel = "KIND", required = true, converter = InputFormat.FromConverter.class,
      description = "What the catalogues are: dcat (DCAT-AP, DCAT-AP-SE in RDF) or ckan (CKAN package JSON).")
  From from;

  @Option(names = "--into", paramLabel = "DIR", required = true,
      description = "The record directory (made if it does not exist).")
  Path into;

  @Option(names = "--input-format", paramLabel = "SYNTAX", converter = InputFormat.SyntaxConverter.class,
      completionCandidates = InputFormat.SyntaxCandidates.class,
      description = "The RDF syntax of a dcat catalogue: ${COMPLETION-CANDIDATES} (default: told by its content).")
  InputFormat.Syntax inputFormat;

  @Option(names = "--dry-run", description = "Show what would change, and write nothing.")
  boolean dryRun;

  @Mixin LanguageOption lang;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws Exception {
    if (from == From.ODIS) {
      throw new ParameterException(spec.commandLine(), "--from odis: import reads catalogues; expected --from dcat or --from ckan");
    }
    if (inputFormat != null && from != From.DCAT) {
      throw new ParameterException(spec.commandLine(), "--input-format applies only to --from dcat");
    }
    LocalDate today = LocalDate.now();
    // The record's code (the schema, the layout, the strict reader) loads beside the catalogue's parsing.
    Thread warm = new Thread(ImportCommand::warmUp, "odis-record-loader");
    warm.setDaemon(true);
    warm.start();
    List<RecordImport.Source> sources = new ArrayList<>();
    for (String c : catalogues) sources.add(new RecordImport.Source(read(c), format(), c));
    RecordImport plan = RecordImport.plan(into, sources, today);
    Labels l = lang.labels();
    if (!dryRun) {
      try {
        plan.write();
      } catch (IOException e) {
        ErrorHandler.error(spec.commandLine().getErr(), e.getMessage());
        spec.commandLine().getErr().flush();
        return ExitCodes.BAD_INPUT;
      }
    }
    report(plan, l, today);
    return ExitCodes.OK;
  }

  private static void warmUp() {
    try {
      RecordFile.starter("warm-up", null, "warm-up").set("licence", "CC0-1.0").text();
    } catch (InvalidInputException e) {
      // Only readiness was wanted.
    }
  }

  private CatalogueFormat format() {
    return from == From.CKAN ? CatalogueFormat.CKAN : CatalogueFormat.DCAT;
  }

  private CatalogImport read(String catalogue) throws InvalidInputException {
    if (catalogue.equals("-")) {
      throw new ParameterException(spec.commandLine(),
          "a catalogue is read from a file or URL, not standard input: the record keeps where it came from");
    }
    if (Inputs.isUrl(catalogue)) {
      return from == From.CKAN ? CkanImporter.fetch(catalogue, FetchSettings.defaults())
          : DcatImporter.fetch(catalogue, FetchSettings.defaults());
    }
    Path file = Path.of(catalogue);
    if (from == From.CKAN) return CkanImporter.read(file);
    return inputFormat != null ? DcatImporter.read(file, inputFormat.syntax) : DcatImporter.read(file);
  }

  private void report(RecordImport plan, Labels l, LocalDate today) {
    PrintWriter out = spec.commandLine().getOut();
    List<Change> changes = plan.changes();
    int[] count = new int[Kind.values().length];
    int conflicts = 0;
    for (Change c : changes) {
      count[c.kind().ordinal()]++;
      conflicts += c.conflicts().size();
    }
    if (dryRun) out.println(l.get("import.dryRun"));
    int read = changes.size() - count[Kind.GONE.ordinal()];
    out.println(p(l.format("import.heading", read, String.join(", ", catalogues), into, today)));
    out.println("  " + l.format("import.counts", count[Kind.ADDED.ordinal()], count[Kind.UPDATED.ordinal()],
        count[Kind.UNCHANGED.ordinal()], count[Kind.GONE.ordinal()], conflicts));
    section(out, l, changes, Kind.ADDED, "+", "import.added");
    section(out, l, changes, Kind.UPDATED, "~", "import.updated");
    section(out, l, changes, Kind.GONE, "-", "import.gone");
    if (conflicts > 0) {
      out.println();
      out.println(l.format("import.conflicts", conflicts));
      for (Change c : changes) {
        for (Conflict x : c.conflicts()) {
          out.println(p("  ! " + c.identifier() + "  " + c.file() + ": "
              + l.format("import.conflict", x.field(), x.yours(), x.catalogue())));
        }
      }
    }
    out.flush();
  }

  private void section(PrintWriter out, Labels l, List<Change> changes, Kind kind, String mark, String heading) {
    List<Change> these = changes.stream().filter(c -> c.kind() == kind).toList();
    if (these.isEmpty()) return;
    out.println();
    out.println(l.format(heading, these.size()));
    for (Change c : these) {
      String line = "  " + mark + " " + c.identifier() + "  " + c.file();
      if (kind == Kind.UPDATED) line += ": " + String.join(", ", c.fields());
      if (kind == Kind.GONE) line += " " + l.format("import.missingSince", c.missingSince());
      out.println(p(line));
    }
  }

  private static String p(String s) {
    return TextCheck.printable(s);
  }
}
