package io.github.patchwork4j.client.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Real answers from the recordings, as JSON text for {@link Reply}s. */
final class Bodies {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNode PATCH = recorded("v1.3/018-patch-1.json");
  private static final JsonNode CHECK = recorded("writes/009-check-create.json");
  private static final JsonNode LIST_ITEM = recorded("v1.3/005-patches-alpha-page-1.json").get(0);

  private Bodies() {}

  /** The detail of patch 1. */
  static String patch() {
    return PATCH.toString();
  }

  /** The answer to a check POST. */
  static String check() {
    return CHECK.toString();
  }

  /** A patch list page: items with ids {@code first} to {@code first + count - 1}. */
  static String page(long first, int count) {
    ArrayNode items = JSON.createArrayNode();
    for (long id = first; id < first + count; id++) {
      ObjectNode item = LIST_ITEM.deepCopy();
      item.put("id", id);
      items.add(item);
    }
    return items.toString();
  }

  private static JsonNode recorded(String name) {
    try (InputStream in = Bodies.class.getResourceAsStream("/fixtures/recordings/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no recording " + name);
      }
      return JSON.readTree(in).get("response").get("body");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
