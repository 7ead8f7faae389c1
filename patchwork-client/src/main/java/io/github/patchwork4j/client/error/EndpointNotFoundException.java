package io.github.patchwork4j.client.error;

import java.net.URI;

/**
 * HTTP 404 with an HTML page where the API should have answered: the server has no such route. The usual causes are a base URL that does not point at the Patchwork site root, a pinned API version newer than the server (for example {@code /api/1.4/} on Patchwork 3.2), an endpoint newer than the version in use (comment lists before 1.1), or a server with the REST API disabled.
 */
public class EndpointNotFoundException extends PatchworkException {

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
  public EndpointNotFoundException(String message, String method, URI uri, int statusCode, String detail, String body) {
    super(message, method, uri, statusCode, detail, body, null);
  }
}
