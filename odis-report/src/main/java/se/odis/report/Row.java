package se.odis.report;

import java.util.List;
import se.odis.model.Assessment;
import se.odis.model.Finding;

/**
 * One dataset as a row of the datasets table that CSV, Markdown and HTML show: the same columns in
 * the same order everywhere.
 *
 * @param id the dataset's id
 * @param title its title in the report language, or "" if it has none
 * @param owner its owner (A.3.1.1), or "" if none is given
 * @param assessment its assessment (verdict, stage, blocker count)
 * @param topBlocker its most pressing blocker, or null
 * @param metadataScore its metadata score as a cell, or ""
 * @param opennessStars its stars as a cell, or ""
 */
record Row(String id, String title, String owner, Assessment assessment, Finding topBlocker, String metadataScore, String opennessStars) {
  /**
   * A column of the datasets table in Markdown and HTML.
   *
   * @param key its heading's label key
   * @param numeric true if it holds a number, aligned right
   */
  record Column(String key, boolean numeric) {}

  /** The columns of the datasets table, in order: the dataset's number, then CSV's columns. */
  static final List<Column> COLUMNS = List.of(new Column("col.number", true), new Column("col.id", false),
      new Column("col.title", false), new Column("col.owner", false), new Column("col.verdict", false),
      new Column("col.stage", false), new Column("col.blockers", true), new Column("col.topBlocker", false),
      new Column("col.metadata", true), new Column("col.stars", true));

  static Row of(DatasetReport report, String lang) {
    Assessment a = report.assessment();
    String title = report.title(lang);
    String owner = Owners.of(report);
    return new Row(a.getDatasetId(), title == null ? "" : title, owner == null ? "" : owner, a, ReportTexts.topBlocker(a),
        ReportTexts.score(a, "metadataScore"), ReportTexts.score(a, "opennessStars"));
  }
}
