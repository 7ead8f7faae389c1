package io.github.patchwork4j.model.event;

import io.github.patchwork4j.model.EventCategory;
import io.github.patchwork4j.model.ProjectRef;
import io.github.patchwork4j.model.User;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Something that happened on the server, as listed by {@code GET /api/events/} (API 1.0+;
 * anonymous access allowed; newest first unless {@code order=date}).
 *
 * <p>Each of the eleven categories the server knows has its own type with its payload as typed
 * accessors; a category this SDK does not know reads as an {@link UnknownEvent} that keeps the
 * payload. The server documents categories as outside its versioning promise, so expect
 * unknown ones. Embedded objects in payloads follow the request's API version.
 *
 * <p>JSON: {@code {"id", "category", "project", "date", "actor", "payload": {…}}}; there is no
 * {@code url} and no detail endpoint. Read and write events with {@link
 * io.github.patchwork4j.model.json.PatchworkJson#mapper()}, which picks the type by {@code
 * category}.
 */
public sealed interface Event
    permits CoverCreatedEvent, PatchCreatedEvent, PatchCompletedEvent, PatchStateChangedEvent,
        PatchDelegatedEvent, PatchRelationChangedEvent, CheckCreatedEvent, SeriesCreatedEvent,
        SeriesCompletedEvent, CoverCommentCreatedEvent, PatchCommentCreatedEvent, UnknownEvent {

  /**
   * The event id (API 1.0). Use it to drop duplicates when polling with {@code since}, which is
   * inexact.
   *
   * @return the id
   */
  long id();

  /**
   * The category, which decides the payload (API 1.0).
   *
   * @return the category; fixed for each typed event
   */
  EventCategory category();

  /**
   * The project the event belongs to (API 1.0).
   *
   * @return the embedded project
   */
  ProjectRef project();

  /**
   * When the event happened: the server's local time without a zone since Patchwork 3.2 (UTC
   * before), so it may be offset from the mail dates of the patches it is about (API 1.0).
   *
   * @return the naive date-time
   */
  LocalDateTime date();

  /**
   * Who caused the event: the user who changed a state, delegate or relation, or posted a check
   * (Patchwork 2.2+; absent on older servers). Written as {@code null} when empty.
   *
   * @return the user, or empty for events caused by incoming mail or by no identified user
   */
  Optional<User> actor();

  /**
   * Calls the visitor's method for this event's type.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return the visitor's result
   */
  <R> R accept(EventVisitor<R> visitor);
}
