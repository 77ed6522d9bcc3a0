package se.odis.cli;

import java.util.List;
import java.util.Objects;
import se.odis.dcat.SourceNote;
import se.odis.model.Dataset;
import se.odis.report.Origin;

/**
 * A dataset read from an input, ready to assess.
 *
 * @param dataset the dataset
 * @param origin where it was read from
 * @param notes the importer's notes about its source (DCAT, CKAN); empty for ODIS JSON
 */
record DatasetInput(Dataset dataset, Origin origin, List<SourceNote> notes) {
  DatasetInput {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(origin, "origin");
    notes = List.copyOf(notes);
  }
}
