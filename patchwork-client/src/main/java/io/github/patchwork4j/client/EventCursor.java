package io.github.patchwork4j.client;

import io.github.patchwork4j.model.event.Event;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Where an event feed resumes: the server date the next {@link EventResource#poll(EventQuery,
 * EventCursor) poll} asks from ({@code since}, inclusive) and the ids of the events at or after
 * that date that were already delivered. Immutable and thread-safe; a poll answers a new cursor in
 * its {@link EventBatch}.
 *
 * <p>Why a date <em>and</em> ids: the server's {@code since} is {@code >=}, several events can
 * share a timestamp and have no tie-breaker across pages, and an event's row may be committed a
 * moment after a later-dated one was already listed (reference §9). So each poll asks again from
 * {@link #OVERLAP} before the newest event delivered and drops, by id, what it delivered before:
 * an event is delivered exactly once, also when it shows up late within the overlap. Dates are
 * the server's own naive event dates (its {@code TIME_ZONE}, §4.1), never this machine's clock.
 *
 * <p>Bounded: the cursor remembers only the events dated within {@link #OVERLAP} of the newest it
 * delivered, however long the feed runs. Store it anywhere with {@link #asString()} (one line of
 * ASCII: a file, a database column) and read it back with {@link #parse(String)}; the SDK does no
 * storage of its own.
 *
 * <pre>{@code
 * EventCursor cursor = stored.map(EventCursor::parse)
 *     .orElseGet(() -> EventCursor.startingAt(LocalDateTime.parse("2024-05-01T00:00")));
 * EventBatch batch = pw.blocking().events().poll(EventQuery.builder().project("qemu-devel").build(), cursor);
 * batch.events().forEach(bot::handle);   // oldest first, each event once
 * store(batch.cursor().asString());      // after handling: a crash re-delivers, never skips
 * }</pre>
 */
public final class EventCursor {

  /**
   * How far before the newest delivered event the next poll asks again: late-committed events
   * dated within this window are still delivered (once). Five minutes.
   */
  public static final Duration OVERLAP = Duration.ofMinutes(5);

  private static final String FORMAT = "patchwork4j-event-cursor/1";
  private static final Comparator<Event> OLDEST_FIRST =
      Comparator.comparing(Event::date).thenComparingLong(Event::id);

  private final LocalDateTime since;
  /** Delivered events dated at or after {@code since}: id → date, by id. */
  private final Map<Long, LocalDateTime> seen;

  private EventCursor(LocalDateTime since, Map<Long, LocalDateTime> seen) {
    this.since = since;
    Map<Long, LocalDateTime> kept = new TreeMap<>();
    seen.forEach((id, date) -> {
      if (!date.isBefore(since)) {
        kept.put(id, date);
      }
    });
    this.seen = Collections.unmodifiableMap(kept);
  }

  /**
   * A cursor that has delivered nothing and starts at this server date: the first poll delivers
   * every event dated at or after it.
   *
   * @param since a date in the server's time (event dates are naive, in its {@code TIME_ZONE})
   */
  public static EventCursor startingAt(LocalDateTime since) {
    return new EventCursor(Objects.requireNonNull(since, "since"), Map.of());
  }

  /**
   * A cursor that starts just after this event: it asks from the event's date and skips the event
   * itself. With the server's newest event ({@code events().list(EventQuery.builder().pageSize(1)
   * .build())}, newest first) the first poll delivers only what happens from then on.
   */
  public static EventCursor after(Event event) {
    Objects.requireNonNull(event, "event");
    return new EventCursor(event.date(), Map.of(event.id(), event.date()));
  }

  /**
   * The cursor that {@link #asString()} wrote.
   *
   * @throws IllegalArgumentException if {@code text} is not such a string (the message says what
   *     is wrong; start over with {@link #startingAt(LocalDateTime)} if the stored value is lost)
   */
  public static EventCursor parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] fields = text.strip().split(" ", -1);
    if (fields.length != 3 || !fields[0].equals(FORMAT) || !fields[1].startsWith("since=")
        || !fields[2].startsWith("seen=")) {
      throw notACursor(text, "expected '" + FORMAT + " since=DATE seen=ID@DATE,…'", null);
    }
    try {
      LocalDateTime since = LocalDateTime.parse(fields[1].substring("since=".length()));
      Map<Long, LocalDateTime> seen = new LinkedHashMap<>();
      String list = fields[2].substring("seen=".length());
      if (!list.isEmpty()) {
        for (String entry : list.split(",", -1)) {
          int at = entry.indexOf('@');
          if (at <= 0) {
            throw notACursor(text, "'" + entry + "' is not ID@DATE", null);
          }
          long id = Long.parseLong(entry.substring(0, at));
          if (id <= 0) {
            throw notACursor(text, "event id " + id + " is not positive", null);
          }
          seen.put(id, LocalDateTime.parse(entry.substring(at + 1)));
        }
      }
      return new EventCursor(since, seen);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw notACursor(text, e.getMessage(), e);
    }
  }

  private static IllegalArgumentException notACursor(String text, String why, Exception cause) {
    String t = text.strip();
    String shown = t.length() > 80 ? t.substring(0, 80) + "…" : t;
    return new IllegalArgumentException("Not an event cursor written by EventCursor.asString() (" + why
        + "): '" + shown + "'; store asString() unchanged, or start over with EventCursor.startingAt(date)", cause);
  }

  /**
   * The cursor as one line of ASCII without spaces inside its fields, for storing: {@code
   * patchwork4j-event-cursor/1 since=DATE seen=ID@DATE,…}. {@link #parse(String)} reads it back
   * equal.
   */
  public String asString() {
    StringJoiner ids = new StringJoiner(",");
    seen.forEach((id, date) -> ids.add(id + "@" + date));
    return FORMAT + " since=" + since + " seen=" + ids;
  }

  /**
   * The server date the next poll asks from (inclusive). It only moves forward: to {@link
   * #OVERLAP} before the newest event delivered, once that is later than where the cursor started.
   */
  public LocalDateTime since() {
    return since;
  }

  /**
   * The events of one listing that this cursor has not delivered, oldest first, and the cursor
   * after them. Listed events dated before {@link #since()} are not new: they were delivered
   * before or lie before where the cursor started.
   */
  EventBatch advance(List<Event> listed) {
    Map<Long, Event> fresh = new LinkedHashMap<>();
    for (Event e : listed) {
      if (!e.date().isBefore(since) && !seen.containsKey(e.id())) {
        fresh.putIfAbsent(e.id(), e);
      }
    }
    if (fresh.isEmpty()) {
      return new EventBatch(List.of(), this);
    }
    List<Event> events = new ArrayList<>(fresh.values());
    events.sort(OLDEST_FIRST);
    Map<Long, LocalDateTime> delivered = new TreeMap<>(seen);
    events.forEach(e -> delivered.put(e.id(), e.date()));
    LocalDateTime newest = Collections.max(delivered.values());
    LocalDateTime next = newest.minus(OVERLAP);
    return new EventBatch(events, new EventCursor(next.isAfter(since) ? next : since, delivered));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventCursor c && c.since.equals(since) && c.seen.equals(seen);
  }

  @Override
  public int hashCode() {
    return Objects.hash(since, seen);
  }

  /** The date and how many events are remembered, e.g. for a log line ({@link #asString()} to store). */
  @Override
  public String toString() {
    return "EventCursor[since " + since + ", " + seen.size() + " event" + (seen.size() == 1 ? "" : "s")
        + " remembered]";
  }
}
