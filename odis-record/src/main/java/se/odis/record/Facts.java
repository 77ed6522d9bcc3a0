package se.odis.record;

import java.util.List;
import se.odis.model.AccessRights;
import se.odis.model.Fees;
import se.odis.model.LegalObstacles;
import se.odis.model.PersonalDataStatus;
import se.odis.model.ProtectiveMeasure;
import se.odis.model.Secrecy;
import se.odis.model.Storage;
import se.odis.model.ThirdPartyRights;

/**
 * The facts the workbook's sheet of facts asks for, in the guide's order: who answers for the data,
 * the facts that decide whether it may be published, and how it is offered. One list, read by the
 * writer and the reader of the workbook alike.
 */
final class Facts {
  /** What a fact's cell holds. */
  enum Kind {
    /** Free text. */
    TEXT,
    /** One value of a list. */
    ONE,
    /** Values of a list, separated by commas. */
    MANY,
    /** A licence: a suggested id, or any other id or URI. */
    LICENCE
  }

  /** One fact: its field as {@code odis set} names it, and what it holds. */
  static final class Fact {
    final String field;
    final Kind kind;
    final Class<? extends Enum<?>> type;

    Fact(String field, Kind kind, Class<? extends Enum<?>> type) {
      this.field = field;
      this.kind = kind;
      this.type = type;
    }

    /** @return whether the field may be null (empty): a fact with UNKNOWN cannot, it is UNKNOWN */
    boolean nullable() {
      Schema.Node n = Paths.schemaAt(pointer());
      return n != null && n.nullable();
    }

    /** @return the field's JSON pointer */
    String pointer() {
      return "/" + field.replace('.', '/');
    }
  }

  /** The licences offered in the drop-down list: the guide's common choices for open data. */
  static final List<String> LICENCES = List.of("CC0-1.0", "CC-BY-4.0");

  static final List<Fact> ALL = List.of(
      new Fact("roles.owner", Kind.TEXT, null),
      new Fact("roles.producer", Kind.TEXT, null),
      new Fact("roles.steward", Kind.TEXT, null),
      new Fact("personalData.status", Kind.ONE, PersonalDataStatus.class),
      new Fact("personalData.measures", Kind.MANY, ProtectiveMeasure.class),
      new Fact("secrecy", Kind.ONE, Secrecy.class),
      new Fact("secrecyMeasures", Kind.MANY, ProtectiveMeasure.class),
      new Fact("thirdPartyRights", Kind.ONE, ThirdPartyRights.class),
      new Fact("otherLegalObstacles", Kind.ONE, LegalObstacles.class),
      new Fact("licence", Kind.LICENCE, null),
      new Fact("accessRights", Kind.ONE, AccessRights.class),
      new Fact("fees", Kind.ONE, Fees.class),
      new Fact("storage", Kind.ONE, Storage.class));

  private Facts() {}
}
