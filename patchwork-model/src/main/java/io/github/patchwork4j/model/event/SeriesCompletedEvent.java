package io.github.patchwork4j.model.event;

import io.github.patchwork4j.model.EventCategory;
import io.github.patchwork4j.model.SeriesRef;
import org.immutables.value.Value;

/**
 * An event of category {@code series-completed}. A series got all its patches (API 1.0+); may be
 * sent more than once for one series when extra patches arrive. {@link #actor()} is empty.
 */
@Value.Immutable
public abstract non-sealed class SeriesCompletedEvent implements Event {

  SeriesCompletedEvent() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutableSeriesCompletedEvent}
   */
  public static ImmutableSeriesCompletedEvent.Builder builder() {
    return ImmutableSeriesCompletedEvent.builder();
  }

  /**
   * Always {@link EventCategory#SERIES_COMPLETED}.
   *
   * @return {@code series-completed}
   */
  @Override
  public final EventCategory category() {
    return EventCategory.SERIES_COMPLETED;
  }

  /**
   * The completed series.
   *
   * @return the value
   */
  public abstract SeriesRef series();

  @Override
  public final <R> R accept(EventVisitor<R> visitor) {
    return visitor.visitSeriesCompleted(this);
  }
}
