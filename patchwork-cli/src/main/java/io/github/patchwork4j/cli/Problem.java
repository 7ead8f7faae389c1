package io.github.patchwork4j.cli;

import io.github.patchwork4j.client.error.AuthenticationException;
import io.github.patchwork4j.client.error.ConflictException;
import io.github.patchwork4j.client.error.EndpointNotFoundException;
import io.github.patchwork4j.client.error.MethodNotAllowedException;
import io.github.patchwork4j.client.error.NotFoundException;
import io.github.patchwork4j.client.error.PatchworkException;
import io.github.patchwork4j.client.error.PermissionDeniedException;
import io.github.patchwork4j.client.error.UnsupportedFeatureException;
import io.github.patchwork4j.client.error.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A failure as {@code pw4j} reports it: one line saying what failed, an optional second line
 * saying what to do, and the exit code.
 *
 * @param exitCode one of {@link ExitCodes}
 * @param what what failed
 * @param hint what to do about it, or null
 */
record Problem(int exitCode, String what, String hint) {

  /**
   * The report for a failure.
   *
   * @param failure what was thrown
   * @return the report
   */
  static Problem of(Throwable failure) {
    Throwable t = unwrap(failure);
    if (t instanceof UserError u) {
      return new Problem(u.exitCode(), u.getMessage(), u.hint());
    }
    if (t instanceof PatchworkException e) {
      return ofServer(e);
    }
    if (t instanceof IOException || t instanceof UncheckedIOException) {
      return new Problem(ExitCodes.FAILED, message(t), null);
    }
    if (t instanceof IllegalArgumentException) {
      return new Problem(ExitCodes.USAGE, message(t), "See pw4j --help.");
    }
    return new Problem(ExitCodes.FAILED, "unexpected failure: " + message(t),
        "Run again with --debug to see where it failed.");
  }

  /**
   * Whether a failure means the server refused (as opposed to could not answer).
   *
   * @param e the failure
   * @return true for authentication, permission, validation, not-found and similar answers
   */
  static boolean refused(PatchworkException e) {
    if (e instanceof AuthenticationException
        || e instanceof PermissionDeniedException
        || e instanceof ValidationException
        || e instanceof NotFoundException
        || e instanceof EndpointNotFoundException
        || e instanceof MethodNotAllowedException
        || e instanceof ConflictException
        || e instanceof UnsupportedFeatureException) {
      return true;
    }
    int status = e.statusCode().orElse(-1);
    return status >= 400 && status < 500 && status != 408 && status != 429;
  }

  private static Problem ofServer(PatchworkException e) {
    if (refused(e)) {
      String hint = null;
      if (e instanceof AuthenticationException) {
        hint = "Check the token (--token, PW_TOKEN or git config pw.token).";
      } else if (e instanceof PermissionDeniedException) {
        hint = "The user of this token may not do this (a maintainer of the project may).";
      } else if (e instanceof EndpointNotFoundException) {
        hint = "Check the server URL (--url, PW_URL or git config pw.server).";
      }
      return new Problem(ExitCodes.REFUSED, message(e), hint);
    }
    return new Problem(ExitCodes.UNAVAILABLE, message(e), "Retrying later may help.");
  }

  private static Throwable unwrap(Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static String message(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }
}
