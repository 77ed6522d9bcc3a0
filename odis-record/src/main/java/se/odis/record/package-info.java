/**
 * The coordinator's working record: a directory of dataset files, one per dataset, that a
 * municipality keeps in version control.
 *
 * <p>{@link se.odis.record.RecordFile} reads one file strictly and edits it field by field
 * ({@code odis set}) and task by task ({@code odis progress}), keeping everything it does not
 * touch, and writes it atomically in one stable layout. The same code serves the command line and
 * any other writer of the record.
 */
package se.odis.record;
