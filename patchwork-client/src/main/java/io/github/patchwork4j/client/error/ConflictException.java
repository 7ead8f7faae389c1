package io.github.patchwork4j.client.error;

import java.net.URI;

/**
 * HTTP 409: the write conflicts with the server's state, for example relating a patch that already belongs to another relation. Never retried.
 */
public class ConflictException extends PatchworkException {

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
  public ConflictException(String message, String method, URI uri, int statusCode, String detail, String body) {
    super(message, method, uri, statusCode, detail, body, null);
  }
}
