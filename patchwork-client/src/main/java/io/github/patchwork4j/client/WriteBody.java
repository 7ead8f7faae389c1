package io.github.patchwork4j.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The JSON object a write sends: the fields a caller touched, in the order touched, a cleared
 * field as JSON {@code null} and an untouched field absent. A touched field that only newer API
 * versions honour remembers its {@link ApiFeature}, so a write can be refused before it is sent.
 *
 * <p>Not API: the payload types ({@link PatchUpdate}, {@link NewCheck}, …) wrap one each.
 */
final class WriteBody {

  /** Plain mapper: writes {@code null} map values, which is how "clear" reaches the server. */
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Object> fields;
  private final Set<ApiFeature> features;

  private WriteBody(Map<String, Object> fields, Map<String, ApiFeature> gated) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    this.features = Collections.unmodifiableSet(new LinkedHashSet<>(gated.values()));
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

  /** The version-gated features the touched fields need; empty when every version has them. */
  Set<ApiFeature> features() {
    return features;
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
    private final Map<String, ApiFeature> gated = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code key} to {@code value} ({@code null} = clear), honoured by every version. */
    Builder put(String key, Object value) {
      fields.put(key, value);
      gated.remove(key);
      return this;
    }

    /** Sets {@code key} to {@code value}, honoured only by versions that have {@code feature}. */
    Builder put(String key, Object value, ApiFeature feature) {
      fields.put(key, value);
      gated.put(key, feature);
      return this;
    }

    WriteBody build() {
      return new WriteBody(fields, gated);
    }
  }
}
