package se.odis.record;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import se.odis.dcat.DcatImporter;
import se.odis.model.CatalogueFormat;
import se.odis.model.InvalidInputException;
import se.odis.model.test.SharedData;

/** The RAÄ catalogue under ../shared/realdata, read in place, and variants of it written to a test's folder. */
final class RealData {
  static final String RAA = "catalogs/raa-ksamsok-soch-catalog.rdf";

  private RealData() {}

  /** A file under ../shared/realdata; the test is skipped, saying why, when it is not there. */
  static Path realdata(String relative) {
    return SharedData.realdata(relative);
  }

  static String raaText() throws Exception {
    return Files.readString(realdata(RAA), StandardCharsets.UTF_8);
  }

  /** @return an import of a DCAT catalogue file into a record directory, planned for a day */
  static RecordImport plan(Path dir, Path catalogue, LocalDate day) throws InvalidInputException {
    return RecordImport.plan(dir, List.of(new RecordImport.Source(DcatImporter.read(catalogue), CatalogueFormat.DCAT,
        catalogue.toString())), day);
  }

  /** The block of the RAÄ catalogue that describes the dataset with this Swedish title. */
  static String block(String rdf, String title) {
    int at = rdf.indexOf("<dc:title xml:lang=\"sv\">" + title + "</dc:title>");
    if (at < 0) throw new IllegalArgumentException("no dataset titled " + title);
    int start = rdf.lastIndexOf("    <dcat:dataset>", at);
    int end = rdf.indexOf("    </dcat:dataset>\n", at) + "    </dcat:dataset>\n".length();
    return rdf.substring(start, end);
  }
}
