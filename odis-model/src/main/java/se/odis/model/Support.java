package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import org.immutables.value.Value;

/** Documentation, support and feedback arrangements (tasks B.2.2.3, C.1.1.2, C.2.1). */
@Value.Immutable
@JsonSerialize(as = ImmutableSupport.class)
@JsonDeserialize(as = ImmutableSupport.class)
public abstract class Support {
  /** @return where the data is documented (B.2.2.3) */
  public abstract @Nullable URI getDocumentation();

  /** @return who answers users' questions (C.1.1.2) */
  public abstract @Nullable String getSupportContact();

  /** @return where users can give feedback (C.2.1.2) */
  public abstract @Nullable String getFeedbackChannel();

  /** @return true if usage statistics are collected (C.2.1.1) */
  @Value.Default
  public boolean isUsageStatistics() {
    return false;
  }
}
