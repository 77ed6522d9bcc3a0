package se.odis.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.odis.model.AccessRights;
import se.odis.model.Dataset;
import se.odis.model.Fees;
import se.odis.model.LegalObstacles;
import se.odis.model.PersonalDataStatus;
import se.odis.model.ProtectiveMeasure;
import se.odis.model.Secrecy;
import se.odis.model.ThirdPartyRights;

/**
 * The decisive facts the web page lets an editor answer, by the field names of {@code odis set}:
 * the law's questions as lists of their values, the licence and the owner as text.
 */
final class Facts {
  /** The fields, in the order of the page; a list field's values come from its enum. */
  static final Map<String, Class<? extends Enum<?>>> CHOICES = new java.util.LinkedHashMap<>();

  static {
    CHOICES.put("personalData.status", PersonalDataStatus.class);
    CHOICES.put("secrecy", Secrecy.class);
    CHOICES.put("thirdPartyRights", ThirdPartyRights.class);
    CHOICES.put("otherLegalObstacles", LegalObstacles.class);
    CHOICES.put("accessRights", AccessRights.class);
    CHOICES.put("fees", Fees.class);
  }

  /** The fields that hold a set of values, shown as check boxes: the measures taken (B.2.2.1). */
  static final Map<String, Class<? extends Enum<?>>> SETS = Map.of("personalData.measures", ProtectiveMeasure.class);

  static final List<String> TEXTS = List.of("licence", "roles.owner");

  private Facts() {}

  /** @return every field of the form */
  static List<String> fields() {
    List<String> all = new ArrayList<>(CHOICES.keySet());
    all.addAll(SETS.keySet());
    all.addAll(TEXTS);
    return all;
  }

  static List<Views.Fact> of(Dataset d, Texts t) {
    List<Views.Fact> facts = new ArrayList<>();
    CHOICES.forEach((field, type) -> {
      String current = current(d, field);
      List<Views.Option> options = new ArrayList<>();
      if (field.equals("accessRights")) options.add(new Views.Option("", t.get("fact.unset"), current.isEmpty()));
      for (Enum<?> v : type.getEnumConstants()) options.add(new Views.Option(v.name(), t.of(v), v.name().equals(current)));
      facts.add(new Views.Fact(field, t.get("fact." + field), current, options, false));
    });
    SETS.forEach((field, type) -> {
      java.util.Set<String> current = java.util.Set.of(current(d, field).split(","));
      List<Views.Option> options = new ArrayList<>();
      for (Enum<?> v : type.getEnumConstants()) options.add(new Views.Option(v.name(), t.of(v), current.contains(v.name())));
      facts.add(new Views.Fact(field, t.get("fact." + field), current(d, field), options, true));
    });
    for (String field : TEXTS) facts.add(new Views.Fact(field, t.get("fact." + field), current(d, field), List.of(), false));
    return facts;
  }

  /** @return the field's value in the dataset as the form shows it; "" for none; a set as its names, sorted, comma-separated */
  static String current(Dataset d, String field) {
    if (field.equals("personalData.measures")) {
      return String.join(",", d.getPersonalData().getMeasures().stream().map(Enum::name).sorted().toList());
    }
    Object v = switch (field) {
      case "personalData.status" -> d.getPersonalData().getStatus();
      case "secrecy" -> d.getSecrecy();
      case "thirdPartyRights" -> d.getThirdPartyRights();
      case "otherLegalObstacles" -> d.getOtherLegalObstacles();
      case "accessRights" -> d.getAccessRights();
      case "fees" -> d.getFees();
      case "licence" -> d.getLicence();
      case "roles.owner" -> d.getRoles().getOwner();
      default -> throw new IllegalArgumentException(field);
    };
    if (v == null) return "";
    return v instanceof Enum<?> e ? e.name() : v.toString();
  }
}
