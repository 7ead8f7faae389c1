package io.github.patchwork4j.client.error;

import java.net.URI;

/**
 * The client was closed: a call made after {@code PatchworkClient.close()} fails with it at
 * once (nothing is sent), and so does a call still in flight when the client was closed.
 * Build a new client to go on.
 */
public class ClientClosedException extends TransportException {

  /**
   * Creates the exception.
   *
   * @param method the HTTP method of the call
   * @param uri the URL of the call (the site root when the URL was not known yet)
   */
  public ClientClosedException(String method, URI uri) {
    super("The client is closed; build a new PatchworkClient", method, uri, null);
  }
}
