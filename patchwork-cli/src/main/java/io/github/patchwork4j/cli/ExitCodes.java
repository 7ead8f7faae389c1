package io.github.patchwork4j.cli;

/**
 * What {@code pw4j} exits with, so a pipeline can tell "fix the request" from "try again later".
 */
public final class ExitCodes {

  /** The command did what was asked. */
  public static final int OK = 0;
  /** Something failed on this machine: a file could not be read or written, or a bug. */
  public static final int FAILED = 1;
  /** The command line was wrong: unknown option, missing argument, bad value, no server configured. */
  public static final int USAGE = 2;
  /**
   * The server answered and refused: bad credentials, no permission, invalid value, no such
   * item. Retrying the same command will not help.
   */
  public static final int REFUSED = 3;
  /**
   * The server could not be reached or failed (connection refused, timeout, 5xx, rate limit,
   * an answer that is not Patchwork's JSON). Retrying later may help.
   */
  public static final int UNAVAILABLE = 4;
  /** Stopped by Ctrl-C (SIGINT); a followed cursor was saved first. */
  public static final int INTERRUPTED = 130;

  /** The exit code table as {@code --help} and the README show it. */
  static final String HELP =
      "Exit codes:%n"
          + "  0    done%n"
          + "  1    failed on this machine (a file could not be read or written)%n"
          + "  2    usage: bad option or argument, or no server configured%n"
          + "  3    refused by the server: authentication, permission, validation, not found%n"
          + "         (retrying will not help)%n"
          + "  4    could not reach the server, or it failed (timeout, 5xx, rate limit)%n"
          + "         (retrying later may help)%n"
          + "  130  interrupted (Ctrl-C)";

  private ExitCodes() {}
}
