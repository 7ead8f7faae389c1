package io.github.patchwork4j.client;

import io.github.patchwork4j.model.Check;
import java.util.Objects;

/**
 * What {@link CheckResource#report(long, NewCheck)} did on one
 * patch: the check that now stands for the caller in that context, and whether this call posted
 * it ({@code POST patches/{id}/checks/}, a new check and a {@code check-created} event on the
 * server) or found that the caller's newest check there already said the same and posted
 * nothing.
 *
 * @param check the standing check: the one just posted (as the server answered it, with its id,
 *     user and the server's date), or the existing one
 * @param posted true when this call posted {@code check}; false when it was already there
 */
public record CheckReport(Check check, boolean posted) {

  /**
   * Checks that {@code check} is not null.
   *
   * @param check the check that stands: the one posted, or the one already there
   * @param posted {@code true} when a new check was posted
   */
  public CheckReport {
    Objects.requireNonNull(check, "check");
  }
}
