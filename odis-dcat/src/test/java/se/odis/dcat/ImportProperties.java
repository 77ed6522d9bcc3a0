package se.odis.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import se.odis.model.Dataset;
import se.odis.model.ImmutableDataset;
import se.odis.model.InvalidInputException;
import se.odis.model.LocalizedText;

/** What must hold for any input: no exception but InvalidInputException escapes, and text survives a round trip. */
class ImportProperties {
  private static final String EXAMPLE = String.join("\n",
      "@prefix dcat: <http://www.w3.org/ns/dcat#> .",
      "@prefix dcterms: <http://purl.org/dc/terms/> .",
      "@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .",
      "<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv , \"Trees\"@en ;",
      "  dcterms:issued \"2020-01-01\" ; dcat:contactPoint [ vcard:hasEmail <mailto:a@x.se> ] ;",
      "  dcterms:temporal [ dcat:startDate \"2019\" ; dcat:endDate \"2020-02-30\" ] ;",
      "  dcat:distribution [ dcat:accessURL <https://x.se/a.csv> ; dcterms:format \"CSV\" ; dcat:byteSize \"12\" ] .",
      "");

  @Property(tries = 300)
  void corruptedTurtle_anyByteChanges_eitherImportsOrIsInvalidInput(
      @ForAll @IntRange(min = 0, max = 400) int position, @ForAll("junk") String junk) {
    byte[] base = EXAMPLE.getBytes(StandardCharsets.UTF_8);
    int at = Math.min(position, base.length);
    String mutated = new String(base, 0, at, StandardCharsets.UTF_8) + junk
        + new String(base, at, base.length - at, StandardCharsets.UTF_8);
    try {
      CatalogImport ci = DcatImporter.read(new ByteArrayInputStream(mutated.getBytes(StandardCharsets.UTF_8)),
          RdfSyntax.TURTLE, "fuzz.ttl");
      assertThat(ci.getDatasets()).allSatisfy(d -> assertThat(d.getDataset().getId()).isNotBlank());
    } catch (InvalidInputException e) {
      assertThat(e.getProblem().getSource()).isEqualTo("fuzz.ttl");
    }
  }

  @Property(tries = 2000)
  void naturalOrder_isTheOrderOfTheRegexVersion(@ForAll("naturalText") String a, @ForAll("naturalText") String b) {
    assertThat(Integer.signum(GraphValues.natural(a, b))).isEqualTo(Integer.signum(naturalByRegex(a, b)));
  }

  /** Text that sorts naturally in interesting ways: digit runs with leading zeros, other digits, letters. */
  @Provide
  Arbitrary<String> naturalText() {
    return Arbitraries.strings().withChars("00001239abZ/-\u0660\u0661\u0969").ofMaxLength(12);
  }

  /** GraphValues.natural as it was written first, with a regular expression for the leading zeros. */
  private static int naturalByRegex(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
        while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
        String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
        String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
        int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
        if (c != 0) return c;
        c = Integer.compare(i - si, j - sj);
        if (c != 0) return c;
      } else {
        if (x != y) return Character.compare(x, y);
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  @Provide
  Arbitrary<String> junk() {
    return Arbitraries.oneOf(
        Arbitraries.of("\"", "<", ">", ";", ".", "@", "^^", "[", "]", "_:", "\\", "\n", "a", "@sv-", "\uFEFF", "\u0000"),
        Arbitraries.strings().ofMaxLength(6));
  }

  @Property(tries = 200)
  void corruptedCkanJson_anyChange_eitherImportsOrIsInvalidInput(
      @ForAll @IntRange(min = 0, max = 200) int position, @ForAll("junk") String junk) {
    String base = "{\"result\": {\"name\": \"x\", \"title\": \"Träd\", \"license_id\": \"cc-by\", \"extras\": [{\"key\": \"temporal_start\","
        + " \"value\": \"2019\"}], \"resources\": [{\"url\": \"https://x.se/a\", \"size\": \"12\"}], \"tags\": [{\"name\": \"t\"}]}}";
    int at = Math.min(position, base.length());
    String mutated = base.substring(0, at) + junk + base.substring(at);
    try {
      CkanImporter.read(new ByteArrayInputStream(mutated.getBytes(StandardCharsets.UTF_8)), "fuzz.json");
    } catch (InvalidInputException e) {
      assertThat(e.getProblem().getSource()).isEqualTo("fuzz.json");
    }
  }

  @Property(tries = 200)
  void exportThenImport_anyTitleAndKeyword_comesBackUnchanged(
      @ForAll("text") String sv, @ForAll("text") String en, @ForAll("text") String keyword) throws Exception {
    Dataset d = ImmutableDataset.builder().id("x").title(LocalizedText.of(Map.of("sv", sv, "en", en)))
        .addKeywords(keyword).build();
    for (RdfSyntax syntax : RdfSyntax.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new DcatExporter().write(d, syntax, out);
      Dataset back = DcatImporter.read(new ByteArrayInputStream(out.toByteArray()), syntax, "x").getDatasets().get(0).getDataset();
      assertThat(back.getTitle()).as(syntax.name()).isEqualTo(d.getTitle());
      assertThat(back.getKeywords()).as(syntax.name()).containsExactly(keyword);
    }
  }

  @Provide
  Arbitrary<String> text() {
    // what a title can be: printable text, quotes, newlines and non-Latin letters, not blank at either end
    return Arbitraries.strings().withCharRange(' ', '~').withChars('å', 'ä', 'ö', 'Å', '\n', '"', '\\', '<', '&', 'Θ', '字')
        .ofMinLength(1).ofMaxLength(30).map(String::strip).filter(s -> !s.isEmpty());
  }
}
