package se.odis.model;

/**
 * The points where the guide decides, in the order a dataset meets them. Each gate has the guide
 * task that passes it.
 */
public enum Gate {
  /** A→B: the decision to go ahead and prepare publication (A.3.3.1). */
  GO_AHEAD("A.3.3.1", "B1"),
  /** →B3: protective measures done before quality assurance (B.2.2.1). */
  PROTECTION("B.2.2.1", "B3"),
  /** B→C: the decision to publish (B.3.2.2). */
  PUBLICATION("B.3.2.2", "C1"),
  /** Within C3: the decision to decommission (C.3.1.2). */
  DECOMMISSION("C.3.1.2", "C3");

  private final String taskId;
  private final String opensStage;

  Gate(String taskId, String opensStage) {
    this.taskId = taskId;
    this.opensStage = opensStage;
  }

  /** @return the id of the guide task that passes this gate */
  public String getTaskId() {
    return taskId;
  }

  /** @return the id of the stage that this gate opens */
  public String getOpensStage() {
    return opensStage;
  }
}
