package io.github.patchwork4j.model.event;

import io.github.patchwork4j.model.EventCategory;
import io.github.patchwork4j.model.PatchRef;
import org.immutables.value.Value;

/**
 * An event of category {@code patch-created}. A patch arrived (API 1.0+). {@link #actor()} is
 * empty.
 */
@Value.Immutable
public abstract non-sealed class PatchCreatedEvent implements Event {

  PatchCreatedEvent() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutablePatchCreatedEvent}
   */
  public static ImmutablePatchCreatedEvent.Builder builder() {
    return ImmutablePatchCreatedEvent.builder();
  }

  /**
   * Always {@link EventCategory#PATCH_CREATED}.
   *
   * @return {@code patch-created}
   */
  @Override
  public final EventCategory category() {
    return EventCategory.PATCH_CREATED;
  }

  /**
   * The new patch.
   *
   * @return the value
   */
  public abstract PatchRef patch();

  @Override
  public final <R> R accept(EventVisitor<R> visitor) {
    return visitor.visitPatchCreated(this);
  }
}
