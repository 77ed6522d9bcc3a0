package se.odis.report;

import java.util.ArrayList;
import java.util.List;
import se.odis.model.Assessment;
import se.odis.model.Guide;
import se.odis.model.GuideStage;
import se.odis.model.Verdict;

/**
 * The guide's stages A1–C3 in a row as Markdown and HTML draw them, each passed, current (possibly
 * blocked) or still to do.
 */
final class StageStrip {
  /** How a stage is drawn. */
  enum State {
    PASSED,
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
      State state = allDone || i < current ? State.PASSED
          : i == current ? (blocked ? State.BLOCKED : State.CURRENT) : State.TODO;
      String stPhase = st.getId().substring(0, 1);
      cells.add(new Cell(st, state, phase != null && !phase.equals(stPhase)));
      phase = stPhase;
    }
    return cells;
  }
}
