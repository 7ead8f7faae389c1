package io.github.patchwork4j.model.event;

import io.github.patchwork4j.model.EventCategory;
import io.github.patchwork4j.model.PatchRef;
import io.github.patchwork4j.model.User;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event of category {@code patch-delegated}. Someone set, changed or cleared a patch's delegate
 * (API 1.0+). {@link #actor()} is the editing user.
 */
@Value.Immutable
public abstract non-sealed class PatchDelegatedEvent implements Event {

  PatchDelegatedEvent() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutablePatchDelegatedEvent}
   */
  public static ImmutablePatchDelegatedEvent.Builder builder() {
    return ImmutablePatchDelegatedEvent.builder();
  }

  /**
   * Always {@link EventCategory#PATCH_DELEGATED}.
   *
   * @return {@code patch-delegated}
   */
  @Override
  public final EventCategory category() {
    return EventCategory.PATCH_DELEGATED;
  }

  /**
   * The patch.
   *
   * @return the value
   */
  public abstract PatchRef patch();

  /**
   * The delegate before ({@code previous_delegate}); written as {@code null} when empty.
   *
   * @return the value, or empty
   */
  public abstract Optional<User> previousDelegate();

  /**
   * The delegate after ({@code current_delegate}); written as {@code null} when empty.
   *
   * @return the value, or empty
   */
  public abstract Optional<User> currentDelegate();

  @Override
  public final <R> R accept(EventVisitor<R> visitor) {
    return visitor.visitPatchDelegated(this);
  }
}
