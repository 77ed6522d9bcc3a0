package se.odis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a portfolio of N datasets as NDJSON on standard output, for the portfolio benchmark
 * ({@code bench/generate.sh N [SEED] > big.ndjson}). Every dataset is valid input for the strict
 * reader: each is one of the example datasets with its id and title changed and its facts and
 * progress varied at random — personal data, secrecy, rights, licence, distributions, how far the
 * work has come — so that the portfolio spreads over all stages and verdicts. The same N and seed
 * always give the same bytes.
 *
 * <pre>{@code java -cp odis-bench/target/benchmarks.jar se.odis.bench.GeneratePortfolio 10000 42 > big.ndjson}</pre>
 */
public final class GeneratePortfolio {
  private static final String[] SUBJECTS = {
    "Parkeringsplatser", "Lekplatser", "Badplatser", "Bygglov", "Skolor", "Förskolor", "Återvinningsstationer",
    "Cykelvägar", "Gatubelysning", "Träd i parker", "Luftkvalitet", "Vattenkvalitet", "Bibliotek", "Idrottsanläggningar",
    "Hållplatser", "Laddstolpar", "Offentliga toaletter", "Detaljplaner", "Fastighetsgränser", "Befolkning per område",
  };
  private static final String[] LICENCES = {"CC0-1.0", "CC0-1.0", "CC-BY-4.0", "CC-BY-NC-4.0", null};
  private static final String[] PERSONAL = {"NONE", "NONE", "NONE", "PRESENT", "SENSITIVE", "UNKNOWN", null};
  private static final String[] MEASURES = {"AGGREGATION", "ANONYMISATION", "PSEUDONYMISATION"};
  private static final String[] SECRECY = {"NONE", "NONE", "NONE", "PARTIAL", "UNKNOWN", null};
  private static final String[] RIGHTS = {"NONE", "NONE", "CLEARED", "UNCLEARED", "UNKNOWN", null};

  private GeneratePortfolio() {}

  /**
   * @param args N (how many datasets), then optionally the seed (default 42) and the directory of
   *     the example datasets (default odis-examples/datasets)
   * @throws IOException if the examples cannot be read or the output written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: GeneratePortfolio N [SEED] [EXAMPLES-DIR]");
      System.exit(2);
    }
    long n = Long.parseLong(args[0]);
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
    Path examples = Path.of(args.length > 2 ? args[2] : "odis-examples/datasets");
    ObjectMapper mapper = new ObjectMapper();
    List<ObjectNode> templates = templates(examples);
    ObjectWriter writer = mapper.writer();
    SplittableRandom random = new SplittableRandom(seed);
    try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
      for (long i = 0; i < n; i++) {
        out.write(writer.writeValueAsString(dataset(templates, random, i)));
        out.write('\n');
      }
    }
  }

  /**
   * The example datasets that generated ones are varied from.
   *
   * @param examples the directory of the example datasets
   * @return the ready, blocked and phase-A examples, in that order
   * @throws IOException if one cannot be read
   */
  static List<ObjectNode> templates(Path examples) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<ObjectNode> templates = new ArrayList<>();
    for (String name : List.of("ready-to-publish.json", "blocked-personal-data.json", "phase-a-identify.json")) {
      templates.add((ObjectNode) mapper.readTree(Files.readString(examples.resolve(name), StandardCharsets.UTF_8)));
    }
    return templates;
  }

  static ObjectNode dataset(List<ObjectNode> templates, SplittableRandom r, long i) {
    // Mostly the full example, whose progress can be cut anywhere; some of the others as they are.
    int t = r.nextInt(10) < 7 ? 0 : 1 + r.nextInt(2);
    ObjectNode d = templates.get(t).deepCopy();
    String subject = SUBJECTS[r.nextInt(SUBJECTS.length)];
    d.put("id", "gen-" + i);
    ObjectNode title = d.putObject("title");
    title.put("sv", subject + " " + i);
    if (r.nextBoolean()) title.put("en", "Dataset " + i);

    set(d, "secrecy", SECRECY[r.nextInt(SECRECY.length)]);
    set(d, "thirdPartyRights", RIGHTS[r.nextInt(RIGHTS.length)]);
    if (r.nextInt(4) == 0) set(d, "otherLegalObstacles", r.nextBoolean() ? "PRESENT" : null);
    String personal = PERSONAL[r.nextInt(PERSONAL.length)];
    if (personal == null) {
      d.remove("personalData");
    } else {
      ObjectNode pd = d.putObject("personalData");
      pd.put("status", personal);
      ArrayNode measures = pd.putArray("measures");
      if (!personal.equals("NONE") && r.nextBoolean()) measures.add(MEASURES[r.nextInt(MEASURES.length)]);
    }
    set(d, "licence", LICENCES[r.nextInt(LICENCES.length)]);
    JsonNode distributions = d.get("distributions");
    if (distributions != null && distributions.isArray() && distributions.size() > 1 && r.nextInt(3) == 0) {
      ((ArrayNode) distributions).remove(distributions.size() - 1);
    }
    if (r.nextInt(8) == 0) d.remove("distributions");
    if (r.nextInt(6) == 0) d.remove("keywords");
    if (r.nextInt(6) == 0) d.remove("contactPoint");

    // How far the work has come: keep the first k progress entries of the guide's order.
    JsonNode progress = d.get("progress");
    if (progress != null && progress.isObject() && progress.size() > 0) {
      int keep = r.nextInt(progress.size() + 1);
      ObjectNode kept = d.putObject("progress");
      Iterator<Map.Entry<String, JsonNode>> it = progress.fields();
      for (int k = 0; k < keep && it.hasNext(); k++) {
        Map.Entry<String, JsonNode> e = it.next();
        kept.set(e.getKey(), e.getValue());
      }
      if (keep == progress.size() && r.nextInt(3) == 0) d.put("status", "PUBLISHED");
    }
    return d;
  }

  private static void set(ObjectNode d, String field, String value) {
    if (value == null) d.remove(field);
    else d.put(field, value);
  }
}
