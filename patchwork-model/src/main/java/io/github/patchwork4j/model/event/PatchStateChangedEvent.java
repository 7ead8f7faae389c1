package io.github.patchwork4j.model.event;

import io.github.patchwork4j.model.EventCategory;
import io.github.patchwork4j.model.PatchRef;
import io.github.patchwork4j.model.PatchState;
import org.immutables.value.Value;

/**
 * An event of category {@code patch-state-changed}. Someone changed a patch's state (API 1.0+).
 * {@link #actor()} is the editing user, empty when the change was not made by an identified user.
 */
@Value.Immutable
public abstract non-sealed class PatchStateChangedEvent implements Event {

  PatchStateChangedEvent() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutablePatchStateChangedEvent}
   */
  public static ImmutablePatchStateChangedEvent.Builder builder() {
    return ImmutablePatchStateChangedEvent.builder();
  }

  /**
   * Always {@link EventCategory#PATCH_STATE_CHANGED}.
   *
   * @return {@code patch-state-changed}
   */
  @Override
  public final EventCategory category() {
    return EventCategory.PATCH_STATE_CHANGED;
  }

  /**
   * The patch.
   *
   * @return the value
   */
  public abstract PatchRef patch();

  /**
   * The state before, by slug ({@code previous_state}).
   *
   * @return the value
   */
  public abstract PatchState previousState();

  /**
   * The state after, by slug ({@code current_state}).
   *
   * @return the value
   */
  public abstract PatchState currentState();

  @Override
  public final <R> R accept(EventVisitor<R> visitor) {
    return visitor.visitPatchStateChanged(this);
  }
}
