package io.github.patchwork4j.client.error;

import java.net.URI;

/**
 * An HTTP status the client has no better exception for, for example a 301 redirect on an API route, 406 (unacceptable {@code Accept}), 415 (unsupported body type) or 401 from a proxy in front of Patchwork (Patchwork itself never answers 401).
 */
public class UnexpectedStatusException extends PatchworkException {

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
  public UnexpectedStatusException(String message, String method, URI uri, int statusCode, String detail, String body) {
    super(message, method, uri, statusCode, detail, body, null);
  }
}
