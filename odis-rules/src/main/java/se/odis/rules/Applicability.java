package se.odis.rules;

import se.odis.model.Audience;
import se.odis.model.Dataset;
import se.odis.model.Effort;
import se.odis.model.Frequency;
import se.odis.model.GuideTask;
import se.odis.model.LegalObstacles;
import se.odis.model.Lifecycle;
import se.odis.model.PersonalDataStatus;
import se.odis.model.Secrecy;
import se.odis.model.Storage;
import se.odis.model.ThirdPartyRights;

/**
 * Decides whether a conditional guide task applies to a dataset, from its facts. Unconditional
 * tasks always apply; "Vid behov" and "Om möjligt" tasks apply when the facts show the need; a task
 * the coordinator has started or done applies whatever the facts say. A task can also become
 * applicable because a finding points at it; the assessor adds those afterwards.
 */
final class Applicability {
  private Applicability() {}

  static boolean applies(GuideTask task, Dataset d, se.odis.model.TaskStatus status, boolean published) {
    if (status.isStarted()) return true;
    switch (task.getId()) {
      // "Eventuell" protective measures: needed unless the record says there is nothing to protect
      // (no personal data, no secrecy, no rights of others, no other obstacles; unknown is not "no").
      case "B.2.2.1":
        return d.getPersonalData().getStatus() != PersonalDataStatus.NONE
            || d.getSecrecy() != Secrecy.NONE
            || d.getThirdPartyRights() != ThirdPartyRights.NONE
            || d.getOtherLegalObstacles() != LegalObstacles.NONE;
      // "Om datan ska lagras i portalen": only once B.2.1.2 has decided on the portal.
      case "B.2.1.3":
      case "B.2.1.4":
        return d.getStorage() == Storage.PORTAL;
      // Effort is estimated when it is not obviously small.
      case "A.3.2.1":
        return d.getEffort() == null || d.getEffort().getSize() != Effort.Size.SMALL;
      // Protection needs are reassessed when there is anything to protect, or it is not yet known.
      case "B.1.2.1":
        return d.getPersonalData().getStatus() != PersonalDataStatus.NONE
            || d.getSecrecy() != Secrecy.NONE
            || d.getThirdPartyRights() == ThirdPartyRights.UNCLEARED
            || d.getThirdPartyRights() == ThirdPartyRights.UNKNOWN
            || d.getOtherLegalObstacles() != LegalObstacles.NONE;
      // Learn more about target groups when their needs are not described.
      case "B.2.1.5":
        return d.getAudiences().isEmpty() || d.getAudiences().stream().anyMatch(a -> a.getNeeds() == null);
      // Harvesting to other portals is tested when the data is in the portal (harvested by the
      // national data portal) or is a high-value dataset.
      case "B.3.1.3":
        return d.getStorage() == Storage.PORTAL || d.getHvdCategory() != null;
      // Testing with target groups, communication plans: when there are external users to reach.
      case "B.3.1.4":
      case "C.1.1.1":
        return hasExternal(d) || d.getHvdCategory() != null;
      // Anchoring with decision makers: when the dataset carries risk or weight.
      case "B.3.2.1":
        return !d.getRisks().isEmpty()
            || (d.getEffort() != null && d.getEffort().getSize() == Effort.Size.LARGE)
            || d.getPersonalData().getStatus() == PersonalDataStatus.PRESENT
            || d.getPersonalData().getStatus() == PersonalDataStatus.SENSITIVE
            || d.getHvdCategory() != null;
      // Communities and user meetings: for datasets with external users.
      case "C.2.2.2":
      case "C.2.2.3":
        return hasExternal(d) && published;
      // Continuous updating: when the data is updated on a schedule.
      case "C.2.3.1":
        return d.getAccrualPeriodicity() != null && d.getAccrualPeriodicity().getMaxAge() != null;
      // Developing the model, technical support or metadata: when a finding calls for it.
      case "C.2.3.2":
      case "C.2.3.3":
      case "C.2.3.4":
        return false;
      // Decommissioning applies to datasets being taken down.
      case "C.3.1.1":
      case "C.3.1.2":
      case "C.3.1.3":
      case "C.3.1.4":
      case "C.3.1.5":
        return d.getStatus() == Lifecycle.DEPRECATED || d.getStatus() == Lifecycle.WITHDRAWN;
      default:
        return true;
    }
  }

  private static boolean hasExternal(Dataset d) {
    return d.getAudiences().stream().anyMatch(a -> a.getKind() == Audience.Kind.EXTERNAL);
  }

  /** Whether the dataset is updated often enough that users are better served by an API. */
  static boolean frequent(Dataset d) {
    Frequency f = d.getAccrualPeriodicity();
    return f != null && f.isFrequent();
  }
}
