package io.github.patchwork4j.model.event;

import io.github.patchwork4j.model.EventCategory;
import io.github.patchwork4j.model.PatchRef;
import org.immutables.value.Value;

/**
 * An event of category {@code patch-relation-changed}. A patch's {@code related} patches changed
 * (Patchwork 2.2+, every API version). {@link #actor()} is the editing user.
 *
 * <p>The server's payload also has {@code previous_relation} and {@code current_relation}, but they
 * are always {@code null}; this type does not model them and writes both as {@code null}. Fetch the
 * patch to see its {@code related} patches.
 */
@Value.Immutable
public abstract non-sealed class PatchRelationChangedEvent implements Event {

  PatchRelationChangedEvent() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutablePatchRelationChangedEvent}
   */
  public static ImmutablePatchRelationChangedEvent.Builder builder() {
    return ImmutablePatchRelationChangedEvent.builder();
  }

  /**
   * Always {@link EventCategory#PATCH_RELATION_CHANGED}.
   *
   * @return {@code patch-relation-changed}
   */
  @Override
  public final EventCategory category() {
    return EventCategory.PATCH_RELATION_CHANGED;
  }

  /**
   * The patch whose relation changed.
   *
   * @return the value
   */
  public abstract PatchRef patch();

  @Override
  public final <R> R accept(EventVisitor<R> visitor) {
    return visitor.visitPatchRelationChanged(this);
  }
}
