package io.github.patchwork4j.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A value as the mapper writes it, read back as a tree (numbers typed as a parser reads them). */
public final class WrittenJson {

  private WrittenJson() {}

  /** {@code mapper}'s JSON text for {@code value}, parsed back. */
  public static JsonNode of(ObjectMapper mapper, Object value) {
    try {
      return mapper.readTree(mapper.writeValueAsBytes(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
