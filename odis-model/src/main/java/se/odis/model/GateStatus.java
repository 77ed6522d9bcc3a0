package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** The state of one gate for a dataset, with the rule ids of the blockers that stand there. */
@Value.Immutable
@JsonSerialize(as = ImmutableGateStatus.class)
@JsonDeserialize(as = ImmutableGateStatus.class)
public abstract class GateStatus {
  /** @return the gate */
  public abstract Gate getGate();

  /** @return its state */
  public abstract GateState getState();

  /** @return rule ids of the blockers at this gate, sorted */
  public abstract List<String> getBlockers();
}
