package io.github.patchwork4j.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.immutables.value.Value;

/**
 * The JSON body of an error answer (4xx) from the REST API.
 *
 * <p>The server (Django REST Framework) sends three shapes, all read into this one type:
 *
 * <ul>
 *   <li>{@code {"detail": "Not found."}} for 403, 404, 405, 406, 409, 415 and malformed JSON;
 *   <li>{@code {"detail": ["Invalid data. Expected a dictionary, but got list."]}} for a
 *       validation error not tied to a field ({@code detail} is then an array);
 *   <li>{@code {"state": ["Invalid state bogus. …"], "delegate": ["…"]}} for field validation
 *       errors (400).
 * </ul>
 *
 * <p>The texts depend on the server's DRF version: show them, don't match on them. Errors outside
 * DRF (unknown route or version, 500) are HTML pages, not this type. Nothing of the raw body is
 * kept here; written as JSON, {@code detail} is one string and each field a list of strings.
 */
@Value.Immutable
public abstract class ErrorBody {

  ErrorBody() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutableErrorBody}
   */
  public static ImmutableErrorBody.Builder builder() {
    return ImmutableErrorBody.builder();
  }

  /**
   * The {@code detail} message; when the server sent an array, its messages joined by a space.
   *
   * @return empty when the body has no {@code detail} (e.g. field errors only)
   */
  public abstract Optional<String> detail();

  /**
   * The field validation errors: field name (as in the request JSON, e.g. {@code target_url}) to
   * its messages, in the order the server sent them. Never contains {@code detail}.
   *
   * @return an unmodifiable map, empty when there were no field errors
   */
  public abstract Map<String, List<String>> fieldErrors();

  @Value.Check
  void check() {
    if (fieldErrors().containsKey("detail")) {
      throw new IllegalStateException("'detail' is not a field error; set it with detail(...)");
    }
  }

  /**
   * One line for a log or an exception message: the detail, then {@code field: message} for
   * each field error.
   *
   * @return e.g. {@code "state: Invalid state bogus. …"}; empty text for an empty body
   */
  public String summary() {
    StringJoiner out = new StringJoiner("; ");
    detail().ifPresent(out::add);
    fieldErrors().forEach((field, messages) -> out.add(field + ": " + String.join(" ", messages)));
    return out.toString();
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ErrorBody fromJson(Object json) {
    ImmutableErrorBody.Builder b = builder();
    if (json instanceof Map) {
      ((Map<?, ?>) json).forEach((key, value) -> {
        List<String> messages = messages(value);
        if ("detail".equals(key)) {
          if (!messages.isEmpty()) {
            b.detail(String.join(" ", messages));
          }
        } else {
          b.putFieldErrors(String.valueOf(key), messages);
        }
      });
    } else {
      List<String> messages = messages(json);
      if (!messages.isEmpty()) {
        b.detail(String.join(" ", messages));
      }
    }
    return b.build();
  }

  private static List<String> messages(Object value) {
    List<String> out = new ArrayList<>();
    collect("", value, out);
    return out;
  }

  private static void collect(String prefix, Object value, List<String> out) {
    if (value instanceof List) {
      ((List<?>) value).forEach(v -> collect(prefix, v, out));
    } else if (value instanceof Map) {
      ((Map<?, ?>) value).forEach((k, v) -> collect(prefix + k + ": ", v, out));
    } else if (value != null) {
      out.add(prefix + value);
    }
  }

  @JsonValue
  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    detail().ifPresent(d -> json.put("detail", d));
    json.putAll(fieldErrors());
    return json;
  }
}
