package io.github.patchwork4j.examples;

import io.github.patchwork4j.model.event.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an events poll resumes: the date to ask from ({@code since}) and the ids of the events
 * already handled at or after it.
 *
 * <p>The server's {@code since} is inclusive, several events can share a date, and an event may
 * be committed a little after a later-dated one was listed (reference §9). So the cursor asks
 * again from {@link #OVERLAP} before the newest event it saw and drops, by id, what it already
 * handled. Dates are the server's (naive) event dates, never this machine's clock.
 *
 * <p>Saved as a small text file: {@code since <date>} then one {@code seen <id> <date>} per
 * remembered event.
 */
public final class EventCursor {

  /** How far back from the newest seen event the next poll asks again. */
  public static final Duration OVERLAP = Duration.ofMinutes(5);

  private LocalDateTime since;
  private final Map<Integer, LocalDateTime> seen = new HashMap<>();

  private EventCursor(LocalDateTime since) {
    this.since = Objects.requireNonNull(since, "since");
  }

  /** A cursor that has seen nothing and starts at this server date (inclusive). */
  public static EventCursor startingAt(LocalDateTime since) {
    return new EventCursor(since);
  }

  /**
   * A cursor that starts just after this event: it asks from the event's date and skips the event
   * itself. With the newest event of the server, the first poll sees only what happens from now.
   */
  public static EventCursor after(Event event) {
    EventCursor cursor = new EventCursor(event.date());
    cursor.seen.put(event.id(), event.date());
    return cursor;
  }

  /**
   * The cursor saved in the file, or empty when there is no such file yet.
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the file is not a saved cursor (the message names it)
   */
  public static Optional<EventCursor> load(Path file) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    EventCursor cursor = null;
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      String[] f = line.strip().split(" ");
      try {
        if (n == 1 && f.length == 2 && f[0].equals("since")) {
          cursor = new EventCursor(LocalDateTime.parse(f[1]));
        } else if (cursor != null && f.length == 3 && f[0].equals("seen")) {
          cursor.seen.put(Integer.parseInt(f[1]), LocalDateTime.parse(f[2]));
        } else if (!line.isBlank()) {
          throw new IllegalArgumentException("line " + n + " is '" + line + "'");
        }
      } catch (DateTimeParseException | IllegalArgumentException e) {
        throw new IllegalArgumentException(file + " is not an event cursor (" + e.getMessage()
            + "); delete it to start again", e);
      }
    }
    if (cursor == null) {
      throw new IllegalArgumentException(file + " is empty; delete it to start again");
    }
    return Optional.of(cursor);
  }

  /** Writes the cursor to the file, replacing it in one step. */
  public void save(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("since " + since);
    seen.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> lines.add("seen " + e.getKey() + " " + e.getValue()));
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, lines, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The date the next poll asks from ({@code since}, inclusive). */
  public LocalDateTime since() {
    return since;
  }

  /** Whether this event was handled already (it is listed again because of the overlap). */
  public boolean hasSeen(Event event) {
    return seen.containsKey(event.id());
  }

  /**
   * Records an event as handled, and moves {@code since} to {@link #OVERLAP} before the newest
   * event seen (never backwards), forgetting events older than that.
   */
  public void markSeen(Event event) {
    seen.put(event.id(), event.date());
    LocalDateTime newest = seen.values().stream().max(LocalDateTime::compareTo).orElseThrow();
    LocalDateTime next = newest.minus(OVERLAP);
    if (next.isAfter(since)) {
      since = next;
      seen.values().removeIf(d -> d.isBefore(since));
    }
  }

  @Override
  public String toString() {
    return "EventCursor[since " + since + ", " + seen.size() + " events remembered]";
  }
}
