/**
 * ODIS as a service ({@code odis serve}): a REST API for the municipality's other systems and a
 * web page where coordinators work through the guide, both over the coordinator's record — a
 * directory of dataset files that stays the single source of truth.
 *
 * <p>{@link se.odis.server.OdisServer} starts and stops the service; {@link se.odis.server.Users}
 * keeps the users file ({@code odis serve --add-user}). A write goes through the same code as
 * {@code odis set} and {@code odis progress} ({@link se.odis.record.RecordFile}); a report through
 * the same writers as {@code odis assess} ({@link se.odis.report.Reports}). The API is described by
 * the OpenAPI document served at {@code /openapi.json}. Everything else in this package is
 * package-private.
 */
package se.odis.server;
