package se.odis.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The report formats of {@code odis assess --format}; each names the renderer that writes it. */
enum Format {
  TEXT("text", TextRenderer::new),
  JSON("json", JsonRenderer::new);

  private final String name;
  private final Supplier<Renderer> renderer;

  Format(String name, Supplier<Renderer> renderer) {
    this.name = name;
    this.renderer = renderer;
  }

  /** @return a new renderer for this format */
  Renderer renderer() {
    return renderer.get();
  }

  static String names() {
    return Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return name;
  }

  /** Converts {@code --format} values; accepts any case. */
  static final class Converter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : values()) {
        if (f.name.equalsIgnoreCase(value.strip())) return f;
      }
      throw new TypeConversionException("'" + value + "' is not a report format; expected one of " + names());
    }
  }

  /** The values shown in help as {@code ${COMPLETION-CANDIDATES}}. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(f -> f.name).iterator();
    }
  }
}
