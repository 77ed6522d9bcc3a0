package se.odis.record;

import org.apache.poi.ss.util.CellReference;

/**
 * Where things are in the checklist workbook: the writer puts them there and the reader finds them
 * there, so the layout is stated once.
 */
final class Sheets {
  /** The workbook's format, in its custom properties: the reader refuses any other workbook. */
  static final String FORMAT = "odis-checklist/1";
  static final String PROP_FORMAT = "odis.format";
  static final String PROP_DATASET = "odis.dataset";
  static final String PROP_LANGUAGE = "odis.language";

  // The checklist sheet: one row per task after the header row.
  static final int PHASE = 0;
  static final int STAGE = 1;
  static final int ACTIVITY = 2;
  static final int TASK = 3;
  static final int TEXT = 4;
  static final int WHEN = 5;
  static final int STATUS = 6;
  static final int DATE = 7;
  static final int BY = 8;
  static final int NOTE = 9;

  // The facts sheet: one row per fact after the header row.
  static final int FACT = 0;
  static final int FIELD = 1;
  static final int VALUE = 2;
  static final int VALUES = 3;

  private Sheets() {}

  /** @return a cell's name as a person finds it, e.g. {@code Checklista!G14} */
  static String cell(String sheet, int row, int column) {
    return sheet + "!" + new CellReference(row, column).formatAsString(false);
  }
}
