package se.odis.rules.spi;

import java.nio.file.Path;
import java.util.List;
import org.kie.api.KieBase;

/**
 * Compiles a rule pack given at run time — a directory of DRL files and decision tables — into a
 * knowledge base. ODIS's own rules are precompiled, so odis-rules needs no rule compiler; the one
 * that compiles packs lives in the artefact {@code se.odis:odis-rules-packs}, which registers this
 * service ({@code META-INF/services/se.odis.rules.spi.RulePackCompiler}). An application that
 * loads rule packs depends on it; one that uses only the built-in rules and precompiled kjars does
 * not carry the DRL compiler, the decision-table reader or Apache POI.
 *
 * <p>Implementations are stateless and thread-safe, and have a public no-argument constructor.
 */
public interface RulePackCompiler {
  /**
   * Compiles every rule file in a directory (and its subdirectories) into one knowledge base. A
   * pack is used whole or not at all: the caller refuses it if any problem was added, whatever is
   * returned.
   *
   * @param directory the pack's directory, which exists
   * @param problems receives every problem, each as {@code file:line: what is wrong} where the
   *     line is known
   * @return the knowledge base of the pack's rules, or {@code null} if they could not be compiled
   */
  KieBase compile(Path directory, List<String> problems);
}
