package io.github.patchwork4j.client.error;

import java.net.URI;

/**
 * HTTP 405: the route does not accept this method ({@code "Method \"POST\" not allowed."}), for example a write to a read-only resource, or bundle writes through API 1.0 or 1.1.
 */
public class MethodNotAllowedException extends PatchworkException {

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do about it
   * @param method the HTTP method of the failed request
   * @param uri the URL of the failed request
   * @param statusCode the HTTP status
   * @param detail the server's {@code detail} text, or {@code null}
   * @param body the answer's text, or {@code null}
   */
  public MethodNotAllowedException(String message, String method, URI uri, int statusCode, String detail, String body) {
    super(message, method, uri, statusCode, detail, body, null);
  }
}
