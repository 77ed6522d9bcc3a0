package se.odis.report;

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
  static Row of(DatasetReport report, String lang) {
    Assessment a = report.assessment();
    String title = report.title(lang);
    String owner = Owners.of(report);
    return new Row(a.getDatasetId(), title == null ? "" : title, owner == null ? "" : owner, a, ReportTexts.topBlocker(a),
        ReportTexts.score(a, "metadataScore"), ReportTexts.score(a, "opennessStars"));
  }
}
