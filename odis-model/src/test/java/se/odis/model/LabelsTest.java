package se.odis.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {
  /** Every enum whose values a report, a rule message or a command shows. */
  private static final List<Class<? extends Enum<?>>> SHOWN = List.of(
      Frequency.class, AccessRights.class, Fees.class, Lifecycle.class, MetadataScore.Rating.class, Severity.class,
      Verdict.class, Gate.class, GateState.class, TaskStatus.class, ConditionKind.class, PersonalDataStatus.class,
      Secrecy.class, ThirdPartyRights.class, LegalObstacles.class, ProtectiveMeasure.class, Storage.class,
      Audience.Kind.class, Effort.Size.class, HvdCategory.class, DataTheme.class, PublisherType.class,
      CatalogueFormat.class);

  @Test
  void of_everyValueShown_hasASwedishAndAnEnglishLabelThatIsNotItsCode() {
    for (Class<? extends Enum<?>> type : SHOWN) {
      for (Enum<?> v : type.getEnumConstants()) {
        assertThat(Labels.has(v)).as("%s.%s has a label", type.getSimpleName(), v.name()).isTrue();
        String sv = Labels.of(v, "sv");
        assertThat(sv).as("Swedish label of %s.%s", type.getSimpleName(), v.name()).isNotBlank().isNotEqualTo(v.name());
        assertThat(Labels.of(v, "en")).isNotBlank();
      }
    }
  }

  @Test
  void of_dcatApSeVocabularies_useTheSpecificationsOwnSwedishLabels() {
    assertThat(Labels.of(Frequency.MONTHLY, "sv")).isEqualTo("månatligen");
    assertThat(Labels.of(Frequency.MONTHLY, "en")).isEqualTo("monthly");
    assertThat(Labels.of(AccessRights.NON_PUBLIC, "sv")).isEqualTo("Ej offentlig");
    assertThat(Labels.of(DataTheme.TRAN, "sv")).isEqualTo("Transport");
    assertThat(HvdCategory.MOBILITY.getLabel()).isEqualTo(LocalizedText.of("Rörlighet", "Mobility"));
  }

  @Test
  void of_anyOtherLanguage_givesSwedish() {
    assertThat(Labels.of(Verdict.BLOCKED, "de")).isEqualTo("blockerad");
  }

  @Test
  void field_namesPathsAndPointers_giveDcatApSeLabels() {
    assertThat(Labels.field("contactPoint").get("sv")).isEqualTo("Kontaktuppgift");
    assertThat(Labels.field("issued").get("sv")).isEqualTo("Utgivningsdatum");
    assertThat(Labels.field("/contactPoint/email").get("sv")).isEqualTo("Kontaktuppgift, e-post");
    assertThat(Labels.field("/distributions/0/accessUrl").get("sv")).isEqualTo("Webbadress för åtkomst");
    assertThat(Labels.field("/distributions/12/licence").get("sv")).isEqualTo("Licens");
    assertThat(Labels.field("/progress/B.3.2.2")).isNull();
    assertThat(Labels.field("nosuchfield")).isNull();
  }

  @Test
  void mqa_dimensionsAndIndicators_haveLabels() {
    assertThat(Labels.mqa("findability").get("sv")).isEqualTo("Sökbarhet");
    assertThat(Labels.mqa("dateOfIssue").get("sv")).isEqualTo("Utgivningsdatum");
    assertThat(Labels.mqa("nosuch")).isNull();
  }
}
