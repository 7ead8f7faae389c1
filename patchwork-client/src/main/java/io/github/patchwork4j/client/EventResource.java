package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.model.event.Event;
import java.util.Objects;

/**
 * Events: {@code GET /events/}, newest first by default. Read anonymously. There is no
 * detail endpoint. Categories newer than the API version in use are hidden by the server
 * (comment events need 1.3); categories the SDK does not know arrive as
 * {@link io.github.patchwork4j.model.event.UnknownEvent}.
 */
public final class EventResource {

  private final ApiSession session;

  EventResource(ApiSession session) {
    this.session = session;
  }

  /** Every event, newest first. */
  public Paginated<Event> list() {
    return list(EventQuery.all());
  }

  /** The events matching the query. */
  public Paginated<Event> list(EventQuery query) {
    Objects.requireNonNull(query, "query");
    return Resources.list(session, Event.class, null, query.pageSize(), query::writeTo, "events");
  }
}
