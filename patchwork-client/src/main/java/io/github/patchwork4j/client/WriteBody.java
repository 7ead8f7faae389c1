package io.github.patchwork4j.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.patchwork4j.model.ApiVersion;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON object a write sends: the fields a caller touched, in the order touched, a cleared
 * field as JSON {@code null} and an untouched field absent. Each touched field remembers the API
 * version that first honours it, so a write can be refused before it is sent.
 *
 * <p>Not API: the payload types ({@link PatchUpdate}, {@link NewCheck}, …) wrap one each.
 */
final class WriteBody {

  /** Plain mapper: writes {@code null} map values, which is how "clear" reaches the server. */
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Object> fields;
  private final Map<String, ApiVersion> since;

  private WriteBody(Map<String, Object> fields, Map<String, ApiVersion> since) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    this.since = Collections.unmodifiableMap(new LinkedHashMap<>(since));
  }

  static Builder builder() {
    return new Builder();
  }

  /** The touched fields: key → value; a {@code null} value is a cleared field. */
  Map<String, Object> fields() {
    return fields;
  }

  boolean isEmpty() {
    return fields.isEmpty();
  }

  /**
   * The first touched field that {@code version} does not honour, with the version it needs, or
   * empty when every touched field is honoured.
   */
  Optional<Map.Entry<String, ApiVersion>> firstFieldNewerThan(ApiVersion version) {
    return since.entrySet().stream().filter(e -> !version.isAtLeast(e.getValue())).findFirst();
  }

  /** The exact request body. */
  String toJson() {
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      // Only strings, numbers, booleans, lists and maps go in: this cannot happen.
      throw new IllegalStateException("cannot write a request body", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WriteBody && fields.equals(((WriteBody) o).fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fields);
  }

  @Override
  public String toString() {
    return toJson();
  }

  /** Collects touched fields; touching a field again replaces its value. */
  static final class Builder {
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<String, ApiVersion> since = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code key} to {@code value} ({@code null} = clear), honoured from API 1.0. */
    Builder put(String key, Object value) {
      fields.put(key, value);
      since.remove(key);
      return this;
    }

    /** Sets {@code key} to {@code value}, honoured only from API {@code version}. */
    Builder put(String key, Object value, ApiVersion version) {
      fields.put(key, value);
      since.put(key, version);
      return this;
    }

    boolean has(String key) {
      return fields.containsKey(key);
    }

    WriteBody build() {
      return new WriteBody(fields, since);
    }
  }
}
