package io.github.patchwork4j.client.error;

import java.net.URI;

/**
 * HTTP 403 to a request whose credentials the server accepted: the user may not do this (for example, change a patch of a project they do not maintain, edit another user, or post a check without edit rights). Patchwork answers {@code "You do not have permission to perform this action."} or a more specific text.
 */
public class PermissionDeniedException extends PatchworkException {

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
  public PermissionDeniedException(String message, String method, URI uri, int statusCode, String detail, String body) {
    super(message, method, uri, statusCode, detail, body, null);
  }
}
