/**
 * The service interfaces through which other ODIS artefacts extend the engine: {@link
 * se.odis.rules.spi.RulePackCompiler}, implemented by {@code odis-rules-packs}, compiles rule packs
 * given at run time.
 */
package se.odis.rules.spi;
