package se.odis.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.odis.model.InputProblem;

/**
 * A request that cannot be served, as an RFC 9457 problem document: thrown by a handler, written by
 * one exception handler ({@link Api}) as {@code application/problem+json}. A bad dataset carries
 * the strict reader's problem, so the document says what the command line says: {@code detail} is
 * the CLI's one-line message ({@code body:4:15: /secrecy: "MAYBE" is not allowed; expected one of
 * …}), and {@code line}, {@code column}, {@code pointer}, {@code problem} and {@code expected}
 * give its parts.
 */
final class Problem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** Where the problem types are described; each type is this plus a name, e.g. {@code #bad-input}. */
  static final String TYPES = "https://odis.se/problems/";

  final int status;
  final String type;
  final String title;
  final transient InputProblem input;
  final transient ObjectNode extra;

  private Problem(int status, String type, String title, String detail, InputProblem input) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
    this.input = input;
    this.extra = JsonNodeFactory.instance.objectNode();
  }

  static Problem of(int status, String type, String title, String detail) {
    return new Problem(status, type, title, detail, null);
  }

  /** A dataset or value the strict reader refused: 400, with the reader's message and its parts. */
  static Problem badInput(InputProblem p) {
    return new Problem(400, "bad-input", "Bad input", p.toString(), p);
  }

  /** A part of a request body that is not what was expected: 400, at its JSON pointer in the body. */
  static Problem badBody(String pointer, String problem, String expected) {
    return badInput(new InputProblem("body", 0, 0, pointer, problem, expected));
  }

  static Problem badRequest(String detail) {
    return of(400, "bad-request", "Bad request", detail);
  }

  static Problem notFound(String detail) {
    return of(404, "not-found", "Not found", detail);
  }

  static Problem unauthorized(String detail) {
    return of(401, "unauthorized", "Unauthorized", detail);
  }

  static Problem forbidden(String detail) {
    return of(403, "forbidden", "Forbidden", detail);
  }

  static Problem tooLarge(long limit) {
    return of(413, "too-large", "Content too large", "the request body is larger than " + limit + " bytes");
  }

  /** Adds a member to the document, e.g. the dataset's current ETag on a 412. */
  Problem with(String name, String value) {
    extra.put(name, value);
    return this;
  }

  /** @return the problem document */
  ObjectNode toJson(String instance) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("type", TYPES + type);
    o.put("title", title);
    o.put("status", status);
    o.put("detail", getMessage());
    o.put("instance", instance);
    if (input != null) {
      o.put("source", input.getSource());
      if (input.getLine() > 0) o.put("line", input.getLine());
      if (input.getColumn() > 0) o.put("column", input.getColumn());
      o.put("pointer", input.getPointer());
      o.put("problem", input.getProblem());
      if (input.getExpected() != null) o.put("expected", input.getExpected());
    }
    o.setAll(extra);
    return o;
  }
}
