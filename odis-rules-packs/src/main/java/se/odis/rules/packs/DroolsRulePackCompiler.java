package se.odis.rules.packs;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.DecisionTableConfiguration;
import org.kie.internal.builder.DecisionTableInputType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import se.odis.rules.spi.RulePackCompiler;

/**
 * Compiles rule packs given at run time with Drools' DRL compiler (MVEL dialect) and its decision
 * tables (Apache POI for spreadsheets). Found by odis-rules through {@link java.util.ServiceLoader};
 * not called directly. Stateless and thread-safe.
 */
public final class DroolsRulePackCompiler implements RulePackCompiler {
  /** For the service loader. */
  public DroolsRulePackCompiler() {}

  /**
   * Compiles a directory of rules: {@code *.drl}, and decision tables {@code *.drl.xlsx},
   * {@code *.drl.xls}, {@code *.drl.csv}. Texts may come from {@code messages_sv.properties} and
   * {@code messages_en.properties} (read by odis-rules); any other file is a problem.
   */
  @Override
  public KieBase compile(Path dir, List<String> problems) {
    List<Path> files;
    try {
      files = files(dir, problems);
    } catch (IOException e) {
      problems.add(dir + ": cannot be read: " + e.getMessage());
      return null;
    }
    // MVEL consequences are interpreted, so loading a pack compiles no Java: this keeps the cost of
    // a pack at start-up small. Rules may still say dialect "java". The facts the rules match (the
    // model, ODIS's facts) are found through odis-rules' class loader.
    java.util.Properties options = new java.util.Properties();
    options.setProperty("drools.dialect.default", "mvel");
    KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(
        KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(options, RulePackCompiler.class.getClassLoader()));
    int rules = 0;
    for (Path f : files) {
      String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
      Resource r = ResourceFactory.newFileResource(f.toFile());
      r.setSourcePath(f.toString());
      try {
        if (name.endsWith(".drl")) {
          rules++;
          kb.add(r, ResourceType.DRL);
        } else if (name.endsWith(".drl.xlsx") || name.endsWith(".drl.xls") || name.endsWith(".drl.csv")) {
          // Counted before it is read: a table that fails to parse is a rule file with a problem,
          // reported as such, not a pack "without rule files".
          rules++;
          DecisionTableConfiguration c = KnowledgeBuilderFactory.newDecisionTableConfiguration();
          c.setInputType(name.endsWith(".csv") ? DecisionTableInputType.CSV : DecisionTableInputType.XLS);
          kb.add(r, ResourceType.DTABLE, c);
        } else if (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".csv")) {
          problems.add(f + ": a decision table must be named *.drl.xlsx, *.drl.xls or *.drl.csv, or Drools ignores it");
        } else if (!name.matches("messages_(sv|en)\\.properties") && !name.startsWith(".") && !name.endsWith(".md")) {
          problems.add(f + ": not a rule file (expected *.drl, *.drl.xlsx, *.drl.csv or messages_sv/en.properties)");
        }
      } catch (RuntimeException e) {
        // Decision-table parsing throws rather than reporting through the builder.
        problems.add(f + ": " + rootMessage(e));
      }
    }
    if (rules == 0) problems.add(dir + ": no rule files (*.drl, *.drl.xlsx, *.drl.csv) in the rule pack");
    for (KnowledgeBuilderError e : kb.getErrors()) {
      String where = e.getResource() != null && e.getResource().getSourcePath() != null
          ? e.getResource().getSourcePath() : dir.toString();
      int[] lines = e.getLines();
      String line = lines != null && lines.length > 0 && lines[0] > 0 ? ":" + lines[0] : "";
      problems.add(where + line + ": " + e.getMessage().strip().replaceAll("\\s+", " "));
    }
    if (kb.hasErrors()) return null;
    return kb.newKieBase();
  }

  /**
   * The files of a pack, sorted. Links are followed, the pack's own directory included (a pack is
   * often a link to where the municipality keeps it); a loop of links or a link to nothing is a
   * problem. Directories whose names start with a dot ({@code .git}, {@code .idea}) hold no rules
   * and are skipped, as files so named are.
   */
  private static List<Path> files(Path dir, List<String> problems) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        return !d.equals(dir) && d.getFileName().toString().startsWith(".")
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
        if (attrs.isRegularFile()) {
          files.add(f);
        } else if (attrs.isSymbolicLink() && !f.getFileName().toString().startsWith(".")) {
          problems.add(f + ": a link to nothing; expected a rule file, or no link");
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path f, IOException e) {
        problems.add(f + (e instanceof FileSystemLoopException
            ? ": a link back to a directory that holds it (a loop); expected links that lead out of the pack"
            : ": cannot be read: " + e.getMessage()));
        return FileVisitResult.CONTINUE;
      }
    });
    files.sort(null);
    return files;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m.strip();
  }
}
