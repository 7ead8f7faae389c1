package io.github.patchwork4j.cli;

/**
 * A failure {@code pw4j} detected itself and explains in the user's terms (no server involved,
 * or a file on this machine).
 */
final class UserError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final String hint;

  UserError(int exitCode, String message, String hint) {
    super(message);
    this.exitCode = exitCode;
    this.hint = hint;
  }

  static UserError usage(String message, String hint) {
    return new UserError(ExitCodes.USAGE, message, hint);
  }

  static UserError local(String message) {
    return new UserError(ExitCodes.FAILED, message, null);
  }

  int exitCode() {
    return exitCode;
  }

  String hint() {
    return hint;
  }
}
