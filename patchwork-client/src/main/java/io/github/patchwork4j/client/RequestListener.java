package io.github.patchwork4j.client;

/**
 * Sees every HTTP attempt the client makes (including retries and version negotiation), for
 * metrics or tracing. Called on the thread that completed the attempt; keep it quick. An
 * exception thrown by the listener is logged and otherwise ignored.
 */
@FunctionalInterface
public interface RequestListener {

  /**
   * Called once per attempt, after the answer's body arrived or the attempt failed.
   *
   * @param event the request event
   */
  void onRequest(RequestEvent event);
}
