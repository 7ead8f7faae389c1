package io.github.patchwork4j.cli;

import java.io.PrintStream;

/**
 * A one-line progress report on stderr, rewritten in place, for a person at a terminal; silent
 * otherwise (CI logs get no progress noise).
 */
final class Progress {

  private final PrintStream err;
  private final boolean enabled;
  private int requests;
  private boolean shown;
  private String task = "fetched";

  Progress(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** Names what the counted requests are for, such as "pages of patches". */
  synchronized void task(String task) {
    this.task = task;
  }

  /** Counts one answered request (a page of a list). Shown from the second one on. */
  synchronized void request() {
    requests++;
    if (enabled && requests > 1) {
      show(task + ": " + requests + " requests");
    }
  }

  /** Shows the bytes written so far by a download. */
  synchronized void bytes(long written) {
    if (enabled) {
      show("downloaded " + written + " bytes");
    }
  }

  private void show(String text) {
    err.print("\r" + text + "\u001b[K");
    err.flush();
    shown = true;
  }

  /** Clears the progress line. */
  synchronized void done() {
    if (shown) {
      err.print("\r\u001b[K");
      err.flush();
      shown = false;
    }
  }
}
