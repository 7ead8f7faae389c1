package io.github.patchwork4j.model.event;

import io.github.patchwork4j.model.CoverRef;
import io.github.patchwork4j.model.EventCategory;
import org.immutables.value.Value;

/**
 * An event of category {@code cover-created}. A cover letter arrived (API 1.0+). {@link #actor()}
 * is empty.
 */
@Value.Immutable
public abstract non-sealed class CoverCreatedEvent implements Event {

  CoverCreatedEvent() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutableCoverCreatedEvent}
   */
  public static ImmutableCoverCreatedEvent.Builder builder() {
    return ImmutableCoverCreatedEvent.builder();
  }

  /**
   * Always {@link EventCategory#COVER_CREATED}.
   *
   * @return {@code cover-created}
   */
  @Override
  public final EventCategory category() {
    return EventCategory.COVER_CREATED;
  }

  /**
   * The new cover letter.
   *
   * @return the value
   */
  public abstract CoverRef cover();

  @Override
  public final <R> R accept(EventVisitor<R> visitor) {
    return visitor.visitCoverCreated(this);
  }
}
