package io.github.patchwork4j.examples;

import io.github.patchwork4j.client.error.PatchworkException;

/** What the examples' {@code main} methods share: failures as one readable line and status 1. */
final class Programs {

  /** A program body that may fail. */
  @FunctionalInterface
  interface Body {
    void run() throws Exception;
  }

  private Programs() {
  }

  /**
   * Runs the body; on failure prints {@code error: …} (the exception's message, which never holds
   * a token) and exits with status 1.
   */
  static void run(Body body) {
    try {
      body.run();
    } catch (PatchworkException | IllegalArgumentException | IllegalStateException e) {
      fail(e.getMessage());
    } catch (Exception e) {
      fail(e.toString());
    }
  }

  private static void fail(String message) {
    System.out.flush();
    System.err.println("error: " + message);
    System.exit(1);
  }
}
