package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/** DRF field validation for request bodies: values in, messages as DRF words them. */
final class Fields {

  private static final Set<String> TRUE = Set.of("t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True",
      "TRUE", "on", "On", "ON", "1");
  private static final Set<String> FALSE = Set.of("f", "F", "n", "N", "no", "No", "NO", "false", "False",
      "FALSE", "off", "Off", "OFF", "0");

  static final String REQUIRED = "This field is required.";
  static final String NOT_NULL = "This field may not be null.";

  private final ObjectNode data;
  private final boolean partial;
  private final Map<String, List<String>> errors = new LinkedHashMap<>();

  Fields(ObjectNode data, boolean partial) {
    this.data = data;
    this.partial = partial;
  }

  boolean has(String key) {
    return data.has(key);
  }

  JsonNode get(String key) {
    return data.get(key);
  }

  /** True when the field is absent and the update is partial; records "required" otherwise. */
  boolean skip(String key) {
    if (data.has(key)) {
      return false;
    }
    if (!partial) {
      error(key, REQUIRED);
    }
    return true;
  }

  void error(String key, String message) {
    errors.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
  }

  boolean ok(String key) {
    return !errors.containsKey(key);
  }

  /** DRF {@code BooleanField}; null when invalid (error recorded). */
  Boolean bool(String key, boolean allowNull) {
    JsonNode v = data.get(key);
    if (v == null || v.isNull()) {
      if (!allowNull) {
        error(key, NOT_NULL);
      }
      return null;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isIntegralNumber() && (v.asLong() == 0 || v.asLong() == 1)) {
      return v.asLong() == 1;
    }
    if (v.isTextual() && TRUE.contains(v.asText())) {
      return true;
    }
    if (v.isTextual() && FALSE.contains(v.asText())) {
      return false;
    }
    error(key, "Must be a valid boolean.");
    return null;
  }

  /**
   * DRF {@code CharField} (whitespace trimmed). Returns the text, or null for a valid null;
   * records errors.
   */
  String text(String key, int max, boolean allowNull, boolean allowBlank) {
    JsonNode v = data.get(key);
    if (v == null || v.isNull()) {
      if (!allowNull) {
        error(key, NOT_NULL);
      }
      return null;
    }
    if (!v.isTextual() && !v.isNumber()) {
      error(key, "Not a valid string.");
      return null;
    }
    String s = v.asText().strip();
    if (s.isEmpty() && !allowBlank) {
      error(key, "This field may not be blank.");
      return null;
    }
    if (s.codePointCount(0, s.length()) > max) {
      error(key, "Ensure this field has no more than " + max + " characters.");
      return null;
    }
    return s;
  }

  /** A primary key as DRF's related fields read it; null when invalid (error recorded). */
  Integer pk(String key, JsonNode v, Rows<?> rows) {
    return pk(key, v, rows::contains);
  }

  private Integer pk(String key, JsonNode v, IntPredicate exists) {
    if (v.isIntegralNumber() || v.isTextual() && Ints.isDigits(v.asText())) {
      int id = v.isIntegralNumber() ? v.asInt() : Integer.parseInt(v.asText());
      if (exists.test(id)) {
        return id;
      }
      error(key, "Invalid pk \"" + v.asText() + "\" - object does not exist.");
      return null;
    }
    error(key, "Incorrect type. Expected pk value, received " + pythonType(v) + ".");
    return null;
  }

  /** A list of primary keys; null when invalid (error recorded). */
  List<Integer> pks(String key, Rows<?> table) {
    JsonNode v = data.get(key);
    if (v == null || v.isNull()) {
      error(key, NOT_NULL);
      return null;
    }
    if (v.isTextual() || v.isNumber()) {
      ArrayNode single = Json.array();
      single.add(v);
      v = single;
    }
    if (!v.isArray()) {
      error(key, "Expected a list of items but got type \"" + pythonType(v) + "\".");
      return null;
    }
    List<Integer> out = new ArrayList<>();
    for (JsonNode item : v) {
      Integer id = pk(key, item, table);
      if (id == null) {
        return null;
      }
      if (!out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  static String pythonType(JsonNode v) {
    if (v == null || v.isNull()) {
      return "NoneType";
    }
    if (v.isTextual()) {
      return "str";
    }
    if (v.isBoolean()) {
      return "bool";
    }
    if (v.isIntegralNumber()) {
      return "int";
    }
    if (v.isNumber()) {
      return "float";
    }
    if (v.isArray()) {
      return "list";
    }
    return "dict";
  }

  /** Every field error by field, as the 400 answer's body; empty when the body is valid. */
  Optional<ObjectNode> errors() {
    if (errors.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode body = Json.object();
    errors.forEach((k, msgs) -> {
      ArrayNode a = body.putArray(k);
      msgs.forEach(a::add);
    });
    return Optional.of(body);
  }

  /** The 400 answer with every field error, or empty when the body is valid. */
  Optional<Reply> invalid(Req req) {
    return errors().map(body -> req.json(400, body));
  }
}
