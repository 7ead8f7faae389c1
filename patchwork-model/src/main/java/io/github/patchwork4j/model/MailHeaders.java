package io.github.patchwork4j.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The original mail headers of a patch, cover letter or comment ({@code headers}, API 1.0+; in
 * patch and cover detail views and in every comment).
 *
 * <p>The server sends a JSON object in mail order: a header that occurs once is a string, a
 * header that occurs several times (e.g. {@code Received}) is an array of strings (since
 * Patchwork 2.1; before, only one of the values). Values are raw: folded lines keep their {@code
 * \n\t}, RFC 2047 encoded-words are not decoded. This type keeps the names in order, each with
 * its values, and looks names up ignoring case. It is written back as the server wrote it: a
 * string for one value, an array for several ({@code null} for a header the server sent as
 * {@code null}, which has no values).
 */
public final class MailHeaders {

  private static final MailHeaders EMPTY = new MailHeaders(Map.of());

  private final Map<String, List<String>> headers;

  private MailHeaders(Map<String, List<String>> headers) {
    this.headers = headers;
  }

  /**
   * No headers, as the server sends for a mail it stored without any ({@code {}}).
   *
   * @return the empty value
   */
  public static MailHeaders empty() {
    return EMPTY;
  }

  /**
   * Headers in the iteration order of the given map.
   *
   * @param headers name to values; a name may have no value
   * @return an immutable copy
   */
  public static MailHeaders of(Map<String, ? extends List<String>> headers) {
    Builder b = builder();
    headers.forEach((name, values) -> b.addAll(name, values));
    return b.build();
  }

  /**
   * A builder that keeps the order in which names are first added.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static MailHeaders fromJson(Map<String, Object> json) {
    Builder b = builder();
    json.forEach((name, value) -> {
      b.addAll(name, List.of());
      if (value instanceof List) {
        for (Object v : (List<?>) value) {
          if (v != null) {
            b.add(name, String.valueOf(v));
          }
        }
      } else if (value != null) {
        b.add(name, String.valueOf(value));
      }
    });
    return b.build();
  }

  @JsonValue
  private Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    headers.forEach((name, values) -> json.put(name,
        values.isEmpty() ? null : values.size() == 1 ? values.get(0) : values));
    return json;
  }

  /**
   * The header names, in mail order, as the server spelled them.
   *
   * @return an unmodifiable list
   */
  public List<String> names() {
    return List.copyOf(headers.keySet());
  }

  /**
   * The first value of a header, ignoring the case of its name.
   *
   * @param name e.g. {@code "message-id"}
   * @return the value, or empty when the mail has no such header
   */
  public Optional<String> first(String name) {
    List<String> values = all(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Every value of a header, ignoring the case of its name, in mail order.
   *
   * @param name e.g. {@code "Received"}
   * @return an unmodifiable list, empty when the mail has no such header
   */
  public List<String> all(String name) {
    Objects.requireNonNull(name, "header name");
    List<String> found = new ArrayList<>();
    headers.forEach((n, values) -> {
      if (n.equalsIgnoreCase(name)) {
        found.addAll(values);
      }
    });
    return Collections.unmodifiableList(found);
  }

  /**
   * Whether the mail has this header, ignoring case.
   *
   * @param name a header name
   * @return true if the name is present (even without a value)
   */
  public boolean contains(String name) {
    Objects.requireNonNull(name, "header name");
    return headers.keySet().stream().anyMatch(n -> n.equalsIgnoreCase(name));
  }

  /**
   * The headers as an ordered map, names spelled as the server sent them (lookup is
   * case-sensitive here; use {@link #all(String)} to ignore case).
   *
   * @return an unmodifiable map
   */
  public Map<String, List<String>> asMap() {
    return headers;
  }

  /**
   * Whether there are no headers.
   *
   * @return true for {@code {}}
   */
  public boolean isEmpty() {
    return headers.isEmpty();
  }

  /**
   * The number of distinct header names.
   *
   * @return the number of keys of the JSON object
   */
  public int size() {
    return headers.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MailHeaders && ((MailHeaders) o).headers.equals(headers)
        && List.copyOf(((MailHeaders) o).headers.keySet()).equals(List.copyOf(headers.keySet()));
  }

  @Override
  public int hashCode() {
    return headers.hashCode();
  }

  @Override
  public String toString() {
    return "MailHeaders" + headers;
  }

  /** Builds {@link MailHeaders}; names keep the order in which they are first added. */
  public static final class Builder {
    private final Map<String, List<String>> headers = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds one value to a header (exact name); a repeated name collects its values in order.
     *
     * @param name the header name
     * @param value the raw value
     * @return this builder
     */
    public Builder add(String name, String value) {
      Objects.requireNonNull(value, "header value");
      headers.computeIfAbsent(Objects.requireNonNull(name, "header name"), n -> new ArrayList<>())
          .add(value);
      return this;
    }

    /**
     * Adds values to a header (exact name); with no values the name is present without one.
     *
     * @param name the header name
     * @param values the raw values, in mail order
     * @return this builder
     */
    public Builder addAll(String name, List<String> values) {
      headers.computeIfAbsent(Objects.requireNonNull(name, "header name"), n -> new ArrayList<>());
      values.forEach(v -> add(name, v));
      return this;
    }

    /**
     * The headers added so far.
     *
     * @return an immutable value
     */
    public MailHeaders build() {
      if (headers.isEmpty()) {
        return EMPTY;
      }
      Map<String, List<String>> copy = new LinkedHashMap<>();
      headers.forEach((n, v) -> copy.put(n, List.copyOf(v)));
      return new MailHeaders(Collections.unmodifiableMap(copy));
    }
  }
}
