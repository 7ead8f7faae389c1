package io.github.patchwork4j.client.error;

import java.net.URI;

/**
 * HTTP 404 with a JSON body: the route exists but the object does not ({@code "Not found."} or {@code "No Patch matches the given query."}, depending on the server's Django REST framework), a page number past the last page ({@code "Invalid page."}), or another user's private bundle. Also used when a web download (mbox, raw diff) names an object the server does not have.
 */
public class NotFoundException extends PatchworkException {

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
  public NotFoundException(String message, String method, URI uri, int statusCode, String detail, String body) {
    super(message, method, uri, statusCode, detail, body, null);
  }
}
