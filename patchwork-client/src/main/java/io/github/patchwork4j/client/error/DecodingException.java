package io.github.patchwork4j.client.error;

import java.net.URI;

/**
 * The server answered, but not with what the API sends: an HTML page or other text where
 * JSON was due (often a login page, a proxy's error page, or a base URL that is not the
 * Patchwork site root), JSON that does not have the expected shape, or a {@code Link} to a
 * place outside the configured base URL. The message says what arrived and what to check.
 */
public class DecodingException extends PatchworkException {

  /**
   * Creates the exception.
   *
   * @param message what arrived and what to check
   * @param method the HTTP method of the request
   * @param uri the URL of the request
   * @param statusCode the HTTP status of the answer
   * @param body the answer's text, or {@code null}
   * @param cause the parser's failure, or {@code null}
   */
  public DecodingException(
      String message, String method, URI uri, int statusCode, String body, Throwable cause) {
    super(message, method, uri, statusCode, null, body, cause);
  }
}
