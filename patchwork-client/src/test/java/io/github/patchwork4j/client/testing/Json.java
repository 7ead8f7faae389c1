package io.github.patchwork4j.client.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading expectations out of recorded JSON. */
public final class Json {

  private Json() {}

  /** The {@code id} of every element of an array. */
  public static List<Long> ids(JsonNode array) {
    List<Long> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.get("id").asLong()));
    return ids;
  }

  /** The text of a field, or {@code null} for JSON null/absent. */
  public static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
