package io.github.patchwork4j.model.event;

import io.github.patchwork4j.model.EventCategory;
import io.github.patchwork4j.model.PatchRef;
import io.github.patchwork4j.model.SeriesRef;
import org.immutables.value.Value;

/**
 * An event of category {@code patch-completed}. A patch of a series now has all its lower-numbered
 * siblings; also sent for later patches that become complete at the same time, never for a patch
 * without a series (API 1.0+). {@link #actor()} is empty.
 */
@Value.Immutable
public abstract non-sealed class PatchCompletedEvent implements Event {

  PatchCompletedEvent() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutablePatchCompletedEvent}
   */
  public static ImmutablePatchCompletedEvent.Builder builder() {
    return ImmutablePatchCompletedEvent.builder();
  }

  /**
   * Always {@link EventCategory#PATCH_COMPLETED}.
   *
   * @return {@code patch-completed}
   */
  @Override
  public final EventCategory category() {
    return EventCategory.PATCH_COMPLETED;
  }

  /**
   * The patch that became complete.
   *
   * @return the value
   */
  public abstract PatchRef patch();

  /**
   * The patch's series.
   *
   * @return the value
   */
  public abstract SeriesRef series();

  @Override
  public final <R> R accept(EventVisitor<R> visitor) {
    return visitor.visitPatchCompleted(this);
  }
}
