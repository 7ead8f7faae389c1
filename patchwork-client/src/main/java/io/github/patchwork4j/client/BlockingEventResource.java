package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.model.event.Event;

/**
 * The blocking view of {@link EventResource}: the same methods, returning values and throwing the
 * {@link io.github.patchwork4j.client.error.PatchworkException} itself. Lists are the same
 * lazy {@link Paginated}: use its {@code stream()} or {@code iterator()}, which block.
 */
public final class BlockingEventResource {

  private final EventResource async;

  BlockingEventResource(EventResource async) {
    this.async = async;
  }

  /**
   * Every event, newest first.
   *
   * @return every event, newest first
   */
  public Paginated<Event> list() {
    return async.list();
  }

  /**
   * The events matching the query.
   *
   * @param query the filters, order and page size
   * @return the events matching the query
   */
  public Paginated<Event> list(EventQuery query) {
    return async.list(query);
  }

  /**
   * Every project's new events since the cursor; see {@link EventResource#poll(EventQuery, EventCursor)}.
   *
   * @param cursor where the previous poll stopped
   * @return every project's new events since the cursor
   */
  public EventBatch poll(EventCursor cursor) {
    return Futures.await(async.poll(cursor));
  }

  /**
   * The events matching the query since the cursor, each once, and the next cursor; see {@link
   * EventResource#poll(EventQuery, EventCursor)}.
   *
   * @param query the filters, order and page size
   * @param cursor where the previous poll stopped
   * @return the events matching the query since the cursor, each once, and the next cursor
   */
  public EventBatch poll(EventQuery query, EventCursor cursor) {
    return Futures.await(async.poll(query, cursor));
  }
}
