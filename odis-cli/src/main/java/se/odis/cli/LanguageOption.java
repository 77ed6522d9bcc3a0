package se.odis.cli;

import picocli.CommandLine.Option;

/** The {@code --lang} option, mixed into the commands that write for people. */
final class LanguageOption {
  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "sv",
      converter = Language.Converter.class,
      completionCandidates = Language.Candidates.class,
      description = "Output language: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Language language = Language.SV;

  /** @return the labels of the chosen language */
  Labels labels() {
    return Labels.of(language);
  }

  /** @return the language tag, e.g. {@code sv} */
  String tag() {
    return language.tag();
  }
}
