package se.odis.report;

import java.util.ArrayList;
import java.util.List;
import se.odis.model.Assessment;
import se.odis.model.GateState;
import se.odis.model.GateStatus;
import se.odis.model.Guide;
import se.odis.model.GuideStage;
import se.odis.model.NextStep;
import se.odis.model.Verdict;

/**
 * The guide's stages A1–C3 in a row as Markdown and HTML draw them, each passed, unfinished, current
 * (possibly blocked) or still to do. A stage is drawn as passed only when it tells the truth: none of
 * its applicable tasks is among the next steps and every gate whose task lies in it is passed (or
 * does not apply) — an imported dataset with nothing done is not drawn green up to its stage.
 */
final class StageStrip {
  /** How a stage is drawn. */
  enum State {
    /** Its applicable tasks are done and its gate, if it has one, is passed. */
    PASSED,
    /** Behind the current stage, but a task of it is still to do or its gate is not passed. */
    UNFINISHED,
    CURRENT,
    BLOCKED,
    TODO
  }

  /**
   * One stage of the strip.
   *
   * @param stage the stage
   * @param state how it is drawn
   * @param newPhase true if it begins a phase other than the first
   */
  record Cell(GuideStage stage, State state, boolean newPhase) {}

  private StageStrip() {}

  /** @return the stages of the guide, in order, as drawn for this assessment */
  static List<Cell> of(Assessment a) {
    int current = Guide.odis().stageOrder(a.getStage());
    boolean allDone = a.getVerdict() == Verdict.DECOMMISSIONED;
    boolean blocked = a.getVerdict() == Verdict.BLOCKED;
    List<GuideStage> all = Guide.odis().getStages();
    List<Cell> cells = new ArrayList<>(all.size());
    String phase = null;
    for (int i = 0; i < all.size(); i++) {
      GuideStage st = all.get(i);
      State state = allDone ? State.PASSED
          : i < current ? (finished(a, st.getId()) ? State.PASSED : State.UNFINISHED)
          : i == current ? (blocked ? State.BLOCKED : State.CURRENT) : State.TODO;
      String stPhase = st.getId().substring(0, 1);
      cells.add(new Cell(st, state, phase != null && !phase.equals(stPhase)));
      phase = stPhase;
    }
    return cells;
  }

  /** @return true if no next step lies in the stage and every gate whose task lies in it is passed or does not apply */
  private static boolean finished(Assessment a, String stage) {
    for (NextStep s : a.getNextSteps()) {
      if (stageOf(s.getTaskId()).equals(stage)) return false;
    }
    for (GateStatus g : a.getGates()) {
      if (stageOf(g.getGate().getTaskId()).equals(stage)
          && g.getState() != GateState.PASSED && g.getState() != GateState.NOT_APPLICABLE) {
        return false;
      }
    }
    return true;
  }

  /** @return the stage of a canonical task id: {@code A.3.3.1} → {@code A3} */
  static String stageOf(String taskId) {
    String compact = taskId.replace(".", "");
    return compact.length() < 2 ? compact : compact.substring(0, 2);
  }
}
