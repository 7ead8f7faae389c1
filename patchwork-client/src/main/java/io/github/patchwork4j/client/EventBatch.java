package io.github.patchwork4j.client;

import io.github.patchwork4j.model.event.Event;
import java.util.List;
import java.util.Objects;

/**
 * What one {@link EventResource#poll(EventQuery, EventCursor) poll} of the event feed delivered:
 * the events the cursor had not delivered before, and the cursor to poll with next.
 *
 * @param events the new events, oldest first (by date, then id), each once; empty when nothing
 *     happened since the last poll
 * @param cursor the cursor after these events: store it once they are handled
 */
public record EventBatch(List<Event> events, EventCursor cursor) {

  /**
   * Copies {@code events} (unmodifiable) and checks that nothing is null.
   *
   * @param events the events not delivered before, oldest first
   * @param cursor where the previous poll stopped
   */
  public EventBatch {
    events = List.copyOf(events);
    Objects.requireNonNull(cursor, "cursor");
  }
}
