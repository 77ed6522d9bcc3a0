package se.odis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import se.odis.model.Assessment;
import se.odis.model.Dataset;
import se.odis.model.GateStatus;
import se.odis.model.Guide;
import se.odis.model.GuideActivity;
import se.odis.model.GuidePhase;
import se.odis.model.GuideStage;
import se.odis.model.GuideTask;
import se.odis.model.TaskId;
import se.odis.model.TaskProgress;
import se.odis.model.TaskStatus;
import se.odis.model.TextCheck;
import se.odis.record.RecordFile;

/**
 * {@code odis progress FILE TASK --status S}: records how far a guide task has come, with when, who
 * and a note; {@code odis progress FILE}: prints the dataset's checklist, every task grouped by
 * phase, stage and activity, with the current stage and the gates marked.
 */
@Command(
    name = "progress",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Records the progress of a guide task in a dataset file, e.g. "
          + "odis progress parkering.json A.3.3.1 --status DONE --by Trafiknämnden --note \"TN 2026/12\". "
          + "Without TASK, prints the dataset's checklist: every task with its status, date, who and "
          + "note, grouped by phase, stage and activity, the current stage and the gates marked.",
      "The file is rewritten in one stable layout, atomically; nothing else in it is changed.",
    })
final class ProgressCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The dataset file.")
  Path file;

  @Parameters(index = "1", arity = "0..1", paramLabel = "TASK",
      description = "The task, in either style: A.3.3.1 or A3.3.1 (odis steps lists them).")
  String task;

  @Option(names = "--status", paramLabel = "STATUS", converter = StatusConverter.class,
      description = "DONE, IN_PROGRESS, NOT_STARTED or NOT_APPLICABLE (only for the guide's conditional tasks).")
  TaskStatus status;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "When the status was reached (default: today).")
  LocalDate date;

  @Option(names = "--by", paramLabel = "WHO",
      description = "Who did it or decided it, e.g. a committee for a decision. \"\" removes it.")
  String by;

  @Option(names = "--note", paramLabel = "TEXT",
      description = "A note, e.g. the reference of a decision. \"\" removes it.")
  String note;

  /** The day the checklist (without TASK) is assessed for. */
  @Mixin AsOfOption asOf;

  @Mixin LanguageOption lang;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws Exception {
    Labels l = lang.labels();
    if (task == null) {
      if (status != null || date != null || by != null || note != null) {
        throw new ParameterException(spec.commandLine(),
            "TASK is missing: --status, --date, --by and --note record a task's progress, e.g. "
                + "odis progress " + file + " A.3.3.1 --status DONE");
      }
      RecordFile f = RecordFile.read(file);
      print(f.dataset(), Assessors.shared().assess(f.dataset(), asOf.dayOrToday()), l);
      return ExitCodes.OK;
    }
    if (status == null) {
      throw new ParameterException(spec.commandLine(),
          "--status is missing; expected one of " + statuses());
    }
    if (asOf.given()) throw new ParameterException(spec.commandLine(), "--as-of applies only to the checklist, without TASK");
    LocalDate day = date != null ? date : LocalDate.now();
    RecordFile after = RecordFile.read(file).progress(task, status, day, by, note);
    String id = TaskId.of(task.strip()).getId();
    return RecordSave.save(spec, l, after, file, l.format("progress.done", file, id, se.odis.model.Labels.of(status, l.tag()), day));
  }

  private static String statuses() {
    return Arrays.stream(TaskStatus.values()).map(Enum::name).collect(Collectors.joining(", "));
  }

  // ------------------------------------------------------------------ the checklist

  private static final Map<TaskStatus, String> MARK = Map.of(
      TaskStatus.DONE, "[x]", TaskStatus.IN_PROGRESS, "[~]", TaskStatus.NOT_STARTED, "[ ]", TaskStatus.NOT_APPLICABLE, "[-]");

  private void print(Dataset d, Assessment a, Labels l) {
    PrintWriter out = spec.commandLine().getOut();
    String lang = l.tag();
    String title = d.getTitle().best(lang);
    out.println(TextCheck.printable(l.format("checklist.heading", d.getId(), title.isEmpty() ? l.get("header.untitled") : title)));
    String nextGate = a.getNextGate() == null ? l.get("nextGate.none")
        : l.of("gate", a.getNextGate()) + " (" + a.getNextGate().getTaskId() + ")";
    out.println(l.format("checklist.assessed", a.getAsOf(), l.of("verdict", a.getVerdict()), a.getStage(), nextGate));
    long[] counts = new long[TaskStatus.values().length];
    for (GuideTask t : Guide.odis().getTasks()) counts[d.statusOf(t.getId()).ordinal()]++;
    out.println(l.format("checklist.counts", counts[TaskStatus.DONE.ordinal()], Guide.odis().getTasks().size(),
        counts[TaskStatus.IN_PROGRESS.ordinal()], counts[TaskStatus.NOT_APPLICABLE.ordinal()]));
    out.println(Arrays.stream(TaskStatus.values()).map(s -> MARK.get(s) + " " + se.odis.model.Labels.of(s, l.tag()))
        .collect(Collectors.joining("  ")));
    for (GuidePhase p : Guide.odis().getPhases()) {
      out.println();
      out.println(p.getId() + "  " + p.text(lang));
      for (GuideStage s : p.getStages()) {
        out.println();
        String here = s.getId().equals(a.getStage()) ? "   " + l.get("checklist.currentStage") : "";
        out.println("  " + s.getId() + "  " + s.text(lang) + here);
        for (GuideActivity act : s.getActivities()) {
          out.println("    " + act.getId() + "  " + act.text(lang));
          for (GuideTask t : act.getTasks()) task(out, d, a, t, l);
        }
      }
    }
    out.flush();
  }

  private static void task(PrintWriter out, Dataset d, Assessment a, GuideTask t, Labels l) {
    TaskProgress p = d.getProgress().get(TaskId.of(t.getId()));
    TaskStatus s = p == null ? TaskStatus.NOT_STARTED : p.getStatus();
    String c = StepsCommand.condition(t, l);
    String lead = "      " + MARK.get(s) + " " + t.getId() + "  ";
    PlainText.wrapped(out, lead, StepsCommand.shownText(t, l) + (c == null ? "" : " (" + c + ")"));
    String indent = " ".repeat(lead.length());
    for (GateStatus g : a.getGates()) {
      if (!g.getGate().getTaskId().equals(t.getId())) continue;
      PlainText.wrapped(out, indent, "◆ " + l.format("checklist.gate", l.of("gate", g.getGate()), gateState(g, l)));
    }
    if (p != null && (p.getDate() != null || p.getBy() != null || p.getNote() != null)) {
      StringBuilder sb = new StringBuilder(se.odis.model.Labels.of(s, l.tag()));
      if (p.getDate() != null) sb.append(" · ").append(p.getDate());
      if (p.getBy() != null) sb.append(" · ").append(p.getBy());
      if (p.getNote() != null) sb.append(" · ").append(p.getNote());
      PlainText.wrapped(out, indent, TextCheck.printable(sb.toString()));
    }
  }

  private static String gateState(GateStatus g, Labels l) {
    String blockers = String.join(", ", g.getBlockers());
    return l.format("gateState." + g.getState().name(), blockers);
  }

  /** Converts {@code --status}; any case is taken, the message lists the statuses. */
  static final class StatusConverter implements ITypeConverter<TaskStatus> {
    @Override
    public TaskStatus convert(String value) {
      try {
        return TaskStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not a status; expected one of " + statuses());
      }
    }
  }

}
