/**
 * DCAT-AP / DCAT-AP-SE and CKAN metadata in and out of ODIS.
 *
 * <p>{@link se.odis.dcat.DcatImporter} reads a DCAT-AP(-SE) catalogue (RDF/XML, Turtle, JSON-LD,
 * N-Triples or RDF/JSON, by Apache Jena; the syntax told from the content) and
 * {@link se.odis.dcat.CkanImporter} reads CKAN package JSON, from files, streams or their http(s)
 * URLs ({@code fetch}, with {@link se.odis.dcat.FetchSettings}: paging, retries, limits); both
 * return a {@link se.odis.dcat.CatalogImport}: one {@link se.odis.dcat.ImportedDataset} per dataset
 * found, each an ODIS {@link se.odis.model.Dataset} with what the source says and nothing more,
 * together with {@link se.odis.dcat.SourceNote}s about oddities in the source. Facts a catalogue
 * cannot state (personal data, secrecy, rights, legal obstacles, roles, progress in the guide) stay
 * {@code UNKNOWN}, so an assessment of an imported dataset names them as still to be answered.
 *
 * <p>{@link se.odis.dcat.DcatExporter} writes a dataset's metadata as DCAT-AP-SE, valid against the
 * DCAT-AP 3.0.1 SHACL shapes (and the DCAT-AP HVD 3.0.0 shapes for high-value datasets).
 *
 * <p>Malformed input is a {@link se.odis.model.InvalidInputException} whose
 * {@link se.odis.model.InputProblem} names the file (or URL), line and column; nothing else is
 * thrown for bad input. Only {@code fetch} touches the network; remote JSON-LD contexts are never
 * loaded. Jena logs through SLF4J; this library binds no logger.
 */
package se.odis.dcat;
