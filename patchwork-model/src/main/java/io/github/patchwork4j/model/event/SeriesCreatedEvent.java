package io.github.patchwork4j.model.event;

import io.github.patchwork4j.model.EventCategory;
import io.github.patchwork4j.model.SeriesRef;
import org.immutables.value.Value;

/**
 * An event of category {@code series-created}. A series was started by its first mail (API 1.0+).
 * {@link #actor()} is empty.
 */
@Value.Immutable
public abstract non-sealed class SeriesCreatedEvent implements Event {

  SeriesCreatedEvent() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutableSeriesCreatedEvent}
   */
  public static ImmutableSeriesCreatedEvent.Builder builder() {
    return ImmutableSeriesCreatedEvent.builder();
  }

  /**
   * Always {@link EventCategory#SERIES_CREATED}.
   *
   * @return {@code series-created}
   */
  @Override
  public final EventCategory category() {
    return EventCategory.SERIES_CREATED;
  }

  /**
   * The new series.
   *
   * @return the value
   */
  public abstract SeriesRef series();

  @Override
  public final <R> R accept(EventVisitor<R> visitor) {
    return visitor.visitSeriesCreated(this);
  }
}
