package se.odis.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Period;

/**
 * How often a dataset is updated: the codes of the EU authority table frequency, as DCAT-AP(-SE)
 * uses them for {@code dcterms:accrualPeriodicity}. Each code knows how old the data may be before it
 * is overdue ({@link #getMaxAge()}), or null where no age can be said.
 */
public enum Frequency {
  /** Updated continuously. */
  CONT("CONT", Period.ofDays(1)),
  /** Updated continuously (alternative code). */
  UPDATE_CONT("UPDATE_CONT", Period.ofDays(1)),
  /** Every hour. */
  HOURLY("HOURLY", Period.ofDays(1)),
  /** Every day. */
  DAILY("DAILY", Period.ofDays(1)),
  /** Twice a day. */
  DAILY_2("DAILY_2", Period.ofDays(1)),
  /** Every week. */
  WEEKLY("WEEKLY", Period.ofWeeks(1)),
  /** Twice a week. */
  WEEKLY_2("WEEKLY_2", Period.ofWeeks(1)),
  /** Three times a week. */
  WEEKLY_3("WEEKLY_3", Period.ofWeeks(1)),
  /** Every two weeks. */
  BIWEEKLY("BIWEEKLY", Period.ofWeeks(2)),
  /** Every month. */
  MONTHLY("MONTHLY", Period.ofMonths(1)),
  /** Twice a month. */
  MONTHLY_2("MONTHLY_2", Period.ofMonths(1)),
  /** Three times a month. */
  MONTHLY_3("MONTHLY_3", Period.ofMonths(1)),
  /** Every two months. */
  BIMONTHLY("BIMONTHLY", Period.ofMonths(2)),
  /** Every three months. */
  QUARTERLY("QUARTERLY", Period.ofMonths(3)),
  /** Every year. */
  ANNUAL("ANNUAL", Period.ofYears(1)),
  /** Twice a year. */
  ANNUAL_2("ANNUAL_2", Period.ofMonths(6)),
  /** Three times a year. */
  ANNUAL_3("ANNUAL_3", Period.ofMonths(4)),
  /** Every two years. */
  BIENNIAL("BIENNIAL", Period.ofYears(2)),
  /** Every three years. */
  TRIENNIAL("TRIENNIAL", Period.ofYears(3)),
  /** Every four years. */
  QUADRENNIAL("QUADRENNIAL", Period.ofYears(4)),
  /** Every five years. */
  QUINQUENNIAL("QUINQUENNIAL", Period.ofYears(5)),
  /** Every ten years. */
  DECENNIAL("DECENNIAL", Period.ofYears(10)),
  /** Irregularly. */
  IRREG("IRREG", null),
  /** Never updated. */
  NEVER("NEVER", null),
  /** Another frequency. */
  OTHER("OTHER", null),
  /** Unknown frequency. */
  @JsonProperty("UNKNOWN") UNKNOWN("UNKNOWN", null);

  private final String code;
  private final Period maxAge;

  Frequency(String code, Period maxAge) {
    this.code = code;
    this.maxAge = maxAge;
  }

  /** @return the EU code, e.g. {@code MONTHLY} */
  public String getCode() {
    return code;
  }

  /** @return the concept URI in the EU vocabulary */
  public String getUri() {
    return "http://publications.europa.eu/resource/authority/frequency/" + code;
  }

  /** @return how old the data may be before an update is overdue, or null if that cannot be said */
  public @Nullable Period getMaxAge() {
    return maxAge;
  }

  /** @return true if the data is updated at least weekly, so that an API serves users better than files */
  public boolean isFrequent() {
    return maxAge != null && maxAge.toTotalMonths() == 0 && maxAge.getDays() <= 7;
  }
}
