package se.odis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * openapi.json as a test oracle: each answer the tests get must be one the document describes —
 * its path and method, its status, its media type — and a JSON body must pass the schema given
 * for it (JSON Schema 2020-12, as OpenAPI 3.1 uses).
 */
final class OpenApi {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final JsonNode DOC = load();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private OpenApi() {}

  private static JsonNode load() {
    try (InputStream in = OdisServer.class.getResourceAsStream("openapi.json")) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return "METHOD /path" of every operation the document describes */
  static List<String> operations() {
    List<String> ops = new ArrayList<>();
    DOC.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
        .forEachRemaining(m -> ops.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
    return ops;
  }

  /** Checks one answer of the API against the document; answers outside /api/ are not its concern. */
  static void check(String method, String path, HttpResponse<String> res) {
    if (!path.startsWith("/api/")) return;
    String template = template(path);
    if (template == null) {
      assertThat(res.statusCode()).as(path + " is not described, so it must be 404").isEqualTo(404);
      return;
    }
    JsonNode op = DOC.get("paths").get(template).get(method.toLowerCase(Locale.ROOT));
    if (op == null) {
      assertThat(res.statusCode()).as(method + " " + path + " is not described, so it must be refused").isEqualTo(405);
      return;
    }
    JsonNode response = op.get("responses").get(Integer.toString(res.statusCode()));
    if (response == null) fail(method + " " + template + " answered " + res.statusCode() + ", which openapi.json does not describe: " + res.body());
    response = resolve(response);
    JsonNode content = response.get("content");
    if (content == null) {
      assertThat(res.body()).as("a %s without content", res.statusCode()).isEmpty();
      return;
    }
    String type = res.headers().firstValue("Content-Type").orElse("").split(";", 2)[0].strip();
    JsonNode media = content.get(type);
    if (media == null) fail(method + " " + template + " " + res.statusCode() + " answered " + type + ", not one of " + names(content));
    if (type.equals("application/json") || type.endsWith("+json")) validate(media.get("schema"), res.body(), method + " " + path + " " + res.statusCode());
  }

  static void validate(JsonNode schema, String body, String what) {
    try {
      ObjectNode s = (ObjectNode) JSON.readTree(JSON.writeValueAsString(schema).replace("#/components/schemas/", "#/$defs/"));
      s.set("$defs", JSON.readTree(JSON.writeValueAsString(DOC.get("components").get("schemas")).replace("#/components/schemas/", "#/$defs/")));
      JsonSchema js = FACTORY.getSchema(s);
      Set<ValidationMessage> errors = js.validate(JSON.readTree(body));
      assertThat(errors).as(what + " against openapi.json: " + body).isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the path template that a request path matches, e.g. /api/datasets/{id}, or null */
  static String template(String path) {
    for (Iterator<String> it = DOC.get("paths").fieldNames(); it.hasNext(); ) {
      String t = it.next();
      if (path.matches(t.replaceAll("\\{[^}/]+}", "[^/]+"))) return t;
    }
    return null;
  }

  private static JsonNode resolve(JsonNode n) {
    JsonNode ref = n.get("$ref");
    return ref == null ? n : DOC.at(ref.asText().substring(1));
  }

  private static List<String> names(JsonNode o) {
    List<String> n = new ArrayList<>();
    o.fieldNames().forEachRemaining(n::add);
    return n;
  }
}
