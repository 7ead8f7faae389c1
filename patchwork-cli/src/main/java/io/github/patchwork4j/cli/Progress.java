package io.github.patchwork4j.cli;

import java.io.PrintStream;

/**
 * A one-line progress report on stderr, rewritten in place, for a person at a terminal; silent
 * otherwise (CI logs get no progress noise).
 */
final class Progress {

  private final PrintStream err;
  private final boolean enabled;
  private int pages;
  private int total;
  private boolean shown;
  private String task = "fetched";

  Progress(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** Whether anything is shown: a person watches stderr. */
  boolean enabled() {
    return enabled;
  }

  /** Names what the counted pages are for, such as "listing patches". */
  synchronized void task(String task) {
    this.task = task;
  }

  /**
   * Starts counting the pages of a list whose number of pages is known: the requests answered
   * before this are not its pages.
   *
   * @param total how many pages the list has
   */
  synchronized void pages(int total) {
    this.total = total;
    this.pages = 0;
  }

  /**
   * Counts one page (a request answered with success). Shown as "page N of M" when the number
   * of pages is known and more than one, else from the second page on as "page N".
   */
  synchronized void page() {
    pages++;
    if (enabled && (pages > 1 || total > 1)) {
      show(task + ": page " + pages + (total >= pages ? " of " + total : ""));
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
