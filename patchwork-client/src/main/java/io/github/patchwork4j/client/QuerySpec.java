package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiContext;
import io.github.patchwork4j.client.internal.QueryParams;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The common part of every query: its parameters in the order they were set (repeated for
 * multi-value filters), the {@code order} fields, the features the parameters need, and the
 * page size. Immutable.
 */
final class QuerySpec {

  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  /** What the server's id-or-name lookups parse as an integer, hence as an id (Python {@code int()}). */
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+(?:_\\d+)*");
  private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

  private final List<Map.Entry<String, String>> params;
  private final List<String> order;
  private final Set<ApiFeature> features;
  private final Map<String, ApiFeature> valueFeatures;
  private final int pageSize;

  private QuerySpec(Builder b) {
    this.params = List.copyOf(b.params);
    this.order = List.copyOf(b.order);
    this.features = b.features.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(b.features));
    this.valueFeatures = Map.copyOf(b.valueFeatures);
    this.pageSize = b.pageSize;
  }

  static QuerySpec empty() {
    return new Builder().build();
  }

  /** {@code per_page}, when the query sets it. */
  OptionalInt pageSize() {
    return pageSize > 0 ? OptionalInt.of(pageSize) : OptionalInt.empty();
  }

  /** The last value of parameter {@code name}, if set. */
  Optional<String> value(String name) {
    Optional<String> v = Optional.empty();
    for (Map.Entry<String, String> e : params) {
      if (e.getKey().equals(name)) {
        v = Optional.of(e.getValue());
      }
    }
    return v;
  }

  /** Whether the query sets an {@code order}. */
  boolean ordered() {
    return !order.isEmpty();
  }

  /** Checks the features against the version in use, then writes the parameters. */
  void writeTo(ApiContext ctx, QueryParams out, URI endpoint) {
    for (ApiFeature f : features) {
      ctx.require(f, "GET", endpoint);
    }
    for (ApiFeature f : valueFeatures.values()) {
      ctx.require(f, "GET", endpoint);
    }
    Set<String> names = new HashSet<>();
    for (Map.Entry<String, String> e : params) {
      if (!names.add(e.getKey())) {
        ctx.require(ApiFeature.MULTI_VALUE_FILTERS, "GET", endpoint);
        break;
      }
    }
    params.forEach(e -> out.add(e.getKey(), e.getValue()));
    if (!order.isEmpty()) {
      out.add("order", String.join(",", order));
    }
  }

  Builder toBuilder() {
    Builder b = new Builder();
    b.params.addAll(params);
    b.order.addAll(order);
    b.features.addAll(features);
    b.valueFeatures.putAll(valueFeatures);
    b.pageSize = pageSize;
    return b;
  }

  /** Naive {@code yyyy-MM-ddTHH:mm:ss[.ffffff]}: the server rejects zones (500) and nanoseconds. */
  static String dateTime(LocalDateTime t) {
    LocalDateTime micros = Objects.requireNonNull(t, "date-time").truncatedTo(ChronoUnit.MICROS);
    return micros.getNano() == 0 ? SECONDS.format(micros) : MICROS.format(micros);
  }

  static String id(long id) {
    if (id <= 0) {
      throw new IllegalArgumentException("ids are positive, got " + id);
    }
    return Long.toString(id);
  }

  static String text(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value.strip();
  }

  /**
   * A link name, e-mail address or user name for a filter that takes an id or a name. Refused:
   * a comma (the server does not split values, {@code ?project=a,b} matches nothing: call the
   * filter once per value) and a value that is an integer (the server looks it up as an id).
   *
   * @param filter the filter's name, e.g. {@code project}
   */
  static String name(String value, String filter) {
    String v = text(value, filter);
    if (v.indexOf(',') >= 0) {
      throw new IllegalArgumentException(
          filter + ": \"" + v + "\" contains a comma, but the server does not split values (it would"
              + " answer an empty list); call " + filter + "(...) once per value: repeated, it matches any");
    }
    if (INTEGER.matcher(v).matches()) {
      throw new IllegalArgumentException(
          filter + ": the server reads \"" + v + "\" as an id, not a name; use " + filter
              + "(long) to filter by id");
    }
    return v;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QuerySpec s && s.params.equals(params) && s.order.equals(order) && s.pageSize == pageSize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(params, order, pageSize);
  }

  @Override
  public String toString() {
    List<String> parts = params.stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.toCollection(ArrayList::new));
    if (!order.isEmpty()) {
      parts.add("order=" + String.join(",", order));
    }
    if (pageSize > 0) {
      parts.add("per_page=" + pageSize);
    }
    return String.join("&", parts);
  }

  static final class Builder {
    private final List<Map.Entry<String, String>> params = new ArrayList<>();
    private final List<String> order = new ArrayList<>();
    private final Set<ApiFeature> features = EnumSet.noneOf(ApiFeature.class);
    private final Map<String, ApiFeature> valueFeatures = new HashMap<>();
    private int pageSize;

    /** Adds a value of a multi-value filter (repeated parameter = OR). */
    Builder add(String name, String value) {
      params.add(Map.entry(name, value));
      return this;
    }

    /** Sets a single-value filter, replacing an earlier value. */
    Builder set(String name, String value) {
      params.removeIf(e -> e.getKey().equals(name));
      params.add(Map.entry(name, value));
      return this;
    }

    /** The query needs {@code f} whatever its values. */
    Builder feature(ApiFeature f) {
      features.add(f);
      return this;
    }

    /**
     * The current value of the parameter (or order) {@code key} needs {@code f}; {@code null}
     * when it needs nothing. Replaces what an earlier value of {@code key} needed.
     */
    Builder valueFeature(String key, ApiFeature f) {
      if (f == null) {
        valueFeatures.remove(key);
      } else {
        valueFeatures.put(key, f);
      }
      return this;
    }

    Builder order(String field, boolean descending) {
      String f = Objects.requireNonNull(field, "order");
      order.removeIf(o -> o.equals(f) || o.equals("-" + f));
      order.add(descending ? "-" + f : f);
      return this;
    }

    Builder pageSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("page size must be at least 1, got " + size);
      }
      this.pageSize = size;
      return this;
    }

    QuerySpec build() {
      return new QuerySpec(this);
    }
  }
}
