package io.github.patchwork4j.client.error;

import java.net.URI;

/**
 * HTTP 5xx: the server failed. Patchwork answers 500 with an HTML page to the requests listed as known bugs (the client never sends those); 502, 503 and 504 usually come from a proxy in front of it and are retried before this exception is reported.
 */
public class ServerException extends PatchworkException {

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
  public ServerException(String message, String method, URI uri, int statusCode, String detail, String body) {
    super(message, method, uri, statusCode, detail, body, null);
  }
}
