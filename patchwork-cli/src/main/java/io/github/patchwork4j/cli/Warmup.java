package io.github.patchwork4j.cli;

import io.github.patchwork4j.model.Patch;

/**
 * Start-up work done on a second thread while the main thread reads the command line: loading
 * and initialising the TLS context, the JSON mapper and the model's deserialisers, which the
 * first request needs anyway. It only moves work earlier; nothing depends on it finishing.
 */
final class Warmup {

  private Warmup() {}

  /** Starts the warm-up on a daemon thread. */
  static void start() {
    Thread t = new Thread(Warmup::run, "pw4j-warmup");
    t.setDaemon(true);
    t.start();
  }

  private static void run() {
    try {
      LazyTrust.context();
      Printer.mapper().readerFor(Patch.class);
      java.net.http.HttpClient.newBuilder();
    } catch (RuntimeException | LinkageError e) {
      // the main thread meets the same failure where it is reported properly
    }
  }
}
