package io.github.patchwork4j.client.error;

import java.net.URI;

/**
 * The server refused the credentials: HTTP 403 because none were sent where the server wants them ({@code "Authentication credentials were not provided."}, or any 403 to an anonymous request), or because the token or user name/password is wrong ({@code "Invalid token."}, {@code "Invalid username/password."}). Patchwork never answers 401: every authentication failure is a 403, and a wrong token fails even on public reads.
 *
 * <p>How it is told from {@link PermissionDeniedException}: a 403 to a request sent without
 * credentials is always this exception; a 403 to a request with credentials is this exception
 * when the server's {@code detail} is one of Django REST framework's authentication
 * messages (invalid token, invalid user name/password, inactive user, malformed header,
 * credentials not provided), and {@link PermissionDeniedException} otherwise.
 */
public class AuthenticationException extends PatchworkException {

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
  public AuthenticationException(String message, String method, URI uri, int statusCode, String detail, String body) {
    super(message, method, uri, statusCode, detail, body, null);
  }
}
