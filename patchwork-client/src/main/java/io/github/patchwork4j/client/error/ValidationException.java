package io.github.patchwork4j.client.error;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP 400: the server rejected the request's data. Patchwork answers either per field
 * ({@code {"state": ["Invalid state bogus. Expected one of: new, …"]}}, kept in
 * {@link #fieldErrors()}) or as a whole ({@code {"detail": ["Invalid data. …"]}}, kept in
 * {@link #detail()}).
 */
public class ValidationException extends PatchworkException {

  /** The server's messages per field. */
  private final Map<String, List<String>> fieldErrors;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do about it
   * @param method the HTTP method of the failed request
   * @param uri the URL of the failed request
   * @param statusCode the HTTP status (400)
   * @param detail the server's {@code detail} text, or {@code null}
   * @param body the answer's text, or {@code null}
   * @param fieldErrors the server's messages by field name, in the server's order
   */
  public ValidationException(
      String message,
      String method,
      URI uri,
      int statusCode,
      String detail,
      String body,
      Map<String, List<String>> fieldErrors) {
    super(message, method, uri, statusCode, detail, body, null);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    fieldErrors.forEach((k, v) -> copy.put(k, List.copyOf(new ArrayList<>(v))));
    this.fieldErrors = Collections.unmodifiableMap(copy);
  }

  /**
   * The server's messages by field name (for example {@code state → ["This field may not be
   * null."]}), without the {@code detail} entry. Empty when the server sent only a detail.
   *
   * @return the server's messages by field name (for example {@code state → ["This field may not be
   *     null."]}), without the {@code detail} entry
   */
  public Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }
}
