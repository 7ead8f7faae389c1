package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.model.event.Event;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Events: {@code GET /events/}, newest first by default. Read anonymously. There is no
 * detail endpoint. Categories newer than the API version in use are hidden by the server
 * (comment events need 1.3); categories the SDK does not know arrive as
 * {@link io.github.patchwork4j.model.event.UnknownEvent}. {@link #poll(EventQuery, EventCursor)}
 * follows the feed with a resumable {@link EventCursor}.
 */
public final class EventResource {

  private final ApiSession session;

  EventResource(ApiSession session) {
    this.session = session;
  }

  /**
   * Every event, newest first.
   *
   * @return every event, newest first
   */
  public Paginated<Event> list() {
    return list(EventQuery.all());
  }

  /**
   * The events matching the query.
   *
   * @param query the filters, order and page size
   * @return the events matching the query
   */
  public Paginated<Event> list(EventQuery query) {
    Objects.requireNonNull(query, "query");
    return Resources.list(session, Event.class, null, query.pageSize(), query::writeTo, "events");
  }

  /**
   * Every project's new events since the cursor; see {@link #poll(EventQuery, EventCursor)}.
   *
   * @param cursor where the previous poll stopped
   * @return every project's new events since the cursor
   */
  public CompletableFuture<EventBatch> poll(EventCursor cursor) {
    return poll(EventQuery.all(), cursor);
  }

  /**
   * The events matching the query that happened since the cursor, each delivered once over
   * successive polls, and the cursor to poll with next. Sends {@code GET events/?…&since=
   * <cursor date>&order=date&per_page=250} (the query's filters, and its page size if it sets
   * one) and follows every {@code rel="next"} page to the end, as polling the server
   * needs (docs/server-behaviour.md, "Events"). The batch holds the events the cursor has not
   * delivered, oldest first; one poll reads and holds every event since the cursor, so start a new
   * cursor near the present ({@link EventCursor#after(Event)}) rather than years back.
   *
   * <p>Keep filters the same from poll to poll with one cursor: the cursor remembers what it
   * delivered, not what the query selected. Needs {@code order=date}, Patchwork 2.2+ (API 1.2):
   * below, the future fails with {@link io.github.patchwork4j.client.error.UnsupportedFeatureException}
   * before anything is sent. Other failures are those of {@link #list(EventQuery)}; the cursor
   * you passed stays valid, so a failed poll is simply repeated.
   *
   * @param query the filters, order and page size
   * @param cursor where the previous poll stopped
   * @return the events matching the query that happened since the cursor, each delivered once over
   *     successive polls, and the cursor to poll with next
   * @throws IllegalArgumentException if the query sets {@code since}, {@code before} or an order:
   *     the cursor decides where the feed starts and that it runs oldest first
   */
  public CompletableFuture<EventBatch> poll(EventQuery query, EventCursor cursor) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(cursor, "cursor");
    EventQuery polled = query.forPoll(cursor.since());
    return Futures.map(list(polled).toList(), cursor::advance);
  }
}
