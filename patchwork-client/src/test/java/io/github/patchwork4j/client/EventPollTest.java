package io.github.patchwork4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.patchwork4j.client.error.UnsupportedFeatureException;
import io.github.patchwork4j.client.testing.DatasetPages;
import io.github.patchwork4j.client.testing.RecordingTest;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.event.Event;
import io.github.patchwork4j.model.json.PatchworkJson;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code events().poll(query, cursor)} against pages built from the recorded events (2232, oldest
 * first), served as the server answers {@code since=…&order=date}: every event dated at or after
 * {@code since}, in pages of 250 with {@code Link} headers.
 */
class EventPollTest extends RecordingTest {

  private static final String EVENTS = "/api/1.3/events/";
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private final List<JsonNode> recorded = DatasetPages.events();

  private PatchworkClient client() {
    return builder().apiVersion(ApiVersion.V1_3).build();
  }

  private static LocalDateTime date(JsonNode event) {
    return LocalDateTime.parse(event.get("date").asText());
  }

  private static List<Long> idsFrom(List<JsonNode> events, LocalDateTime since) {
    return events.stream().filter(e -> !date(e).isBefore(since)).map(e -> e.get("id").asLong()).toList();
  }

  /** Answers {@code since=<whole seconds>&order=date} as the server does, from these events. */
  private void serveSince(LocalDateTime since, List<JsonNode> events) {
    LocalDateTime sent = since.truncatedTo(ChronoUnit.SECONDS);
    List<JsonNode> items = events.stream().filter(e -> !date(e).isBefore(sent)).toList();
    DatasetPages.pages(EVENTS, Map.of("order", "date", "since", SECONDS.format(sent)),
        DatasetPages.rehost(items, server.baseUrl()), 250, true, server.baseUrl()).forEach(server::stub);
  }

  /** A new event after the recorded ones: the newest, one second later, with the next id. */
  private JsonNode newEvent() {
    JsonNode last = recorded.get(recorded.size() - 1);
    ObjectNode added = last.deepCopy();
    added.put("id", last.get("id").asInt() + 1);
    added.put("date", date(last).plusSeconds(1).toString());
    return added;
  }

  private static List<JsonNode> plus(List<JsonNode> events, JsonNode more) {
    List<JsonNode> out = new ArrayList<>(events);
    out.add(more);
    return out;
  }

  @Test
  void theFirstPollDeliversEveryEventSinceTheCursorOldestFirstThroughEveryPage() {
    LocalDateTime start = date(recorded.get(recorded.size() - 300));
    serveSince(start, recorded);
    try (PatchworkClient pw = client()) {
      EventBatch batch = pw.events().poll(EventQuery.all(), EventCursor.startingAt(start)).join();

      assertThat(batch.events()).extracting(Event::id).containsExactlyElementsOf(idsFrom(recorded, start));
      assertThat(batch.events()).hasSize(300);
    }
    List<LoggedRequest> requests = server.requests();
    assertThat(requests).hasSizeGreaterThan(1).allSatisfy(r -> {
      assertThat(r.queryParameter("order").firstValue()).isEqualTo("date");
      assertThat(r.queryParameter("since").firstValue()).isEqualTo(SECONDS.format(start));
      assertThat(r.queryParameter("per_page").firstValue()).isEqualTo("250");
    });
  }

  @Test
  void aWriteBetweenTwoPollsIsDeliveredOnceAndNeverAgain() {
    LocalDateTime start = date(recorded.get(recorded.size() - 300));
    List<JsonNode> later = plus(recorded, newEvent());
    try (PatchworkClient pw = client()) {
      serveSince(start, recorded);
      EventBatch first = pw.events().poll(EventCursor.startingAt(start)).join();
      serveSince(first.cursor().since(), later);
      EventBatch second = pw.blocking().events().poll(first.cursor());
      serveSince(second.cursor().since(), later);
      EventBatch third = pw.blocking().events().poll(EventCursor.parse(second.cursor().asString()));

      assertThat(second.events()).extracting(Event::id).containsExactly(newEvent().get("id").asLong());
      assertThat(third.events()).isEmpty();
      assertThat(third.cursor()).isEqualTo(second.cursor());
    }
  }

  @Test
  void anEventCommittedLateWithinTheOverlapIsDeliveredByTheNextPoll() {
    // 300 recorded events re-dated ten seconds apart (50 minutes): one dated 90 s before the
    // newest was not committed yet when the first poll listed
    LocalDateTime base = date(recorded.get(0));
    List<JsonNode> events = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      events.add(((ObjectNode) recorded.get(i).deepCopy()).put("date", base.plusSeconds(10L * i).toString()));
    }
    JsonNode late = events.get(291);
    List<JsonNode> withoutLate = new ArrayList<>(events);
    withoutLate.remove(late);
    try (PatchworkClient pw = client()) {
      serveSince(base, withoutLate);
      EventBatch first = pw.events().poll(EventCursor.startingAt(base)).join();
      serveSince(first.cursor().since(), events);
      EventBatch second = pw.events().poll(first.cursor()).join();

      assertThat(first.events()).hasSize(299);
      assertThat(first.cursor().since()).isAfter(base).isBefore(date(late));
      assertThat(second.events()).extracting(Event::id).containsExactly(late.get("id").asLong());
    }
  }

  @Test
  void anEventListedOnTwoPagesIsDeliveredOnce() {
    // equal timestamps have no tie-breaker, so an event can move from one page to the next
    LocalDateTime start = date(recorded.get(recorded.size() - 300));
    List<JsonNode> since = recorded.stream().filter(e -> !date(e).isBefore(start)).toList();
    List<JsonNode> shuffled = new ArrayList<>(since);
    shuffled.add(250, since.get(249));
    try (PatchworkClient pw = client()) {
      serveSince(start, shuffled);
      EventBatch batch = pw.events().poll(EventCursor.startingAt(start)).join();

      assertThat(batch.events()).extracting(Event::id).containsExactlyElementsOf(idsFrom(since, start));
    }
  }

  @Test
  void aCursorAfterAnEventSkipsThatEvent() throws IOException {
    Event event = PatchworkJson.mapper().treeToValue(recorded.get(recorded.size() - 10), Event.class);
    serveSince(event.date(), recorded);
    try (PatchworkClient pw = client()) {
      EventBatch batch = pw.events().poll(EventCursor.after(event)).join();

      assertThat(batch.events()).extracting(Event::id).containsExactlyElementsOf(
          idsFrom(recorded, event.date()).subList(1, 10));
    }
  }

  @Test
  void theCursorRemembersOnlyTheEventsWithinTheOverlapOfTheNewest() throws IOException {
    // 100 recorded events, re-dated one minute apart: ten polls of ten new events each
    LocalDateTime base = date(recorded.get(0));
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      ObjectNode e = recorded.get(i).deepCopy();
      e.put("date", base.plusMinutes(i).toString());
      events.add(PatchworkJson.mapper().treeToValue(e, Event.class));
    }
    EventCursor cursor = EventCursor.startingAt(base);
    for (int poll = 0; poll < 10; poll++) {
      // the server lists everything since the cursor: what it delivered in the overlap, and ten new
      LocalDateTime since = cursor.since();
      List<Event> listed = events.subList(0, (poll + 1) * 10).stream().filter(e -> !e.date().isBefore(since)).toList();
      EventBatch batch = cursor.advance(listed);
      assertThat(batch.events()).extracting(Event::id)
          .containsExactlyElementsOf(events.subList(poll * 10, (poll + 1) * 10).stream().map(Event::id).toList());
      cursor = batch.cursor();
    }

    LocalDateTime newest = events.get(99).date();
    assertThat(cursor.since()).isEqualTo(newest.minus(EventCursor.OVERLAP));
    String stored = cursor.asString();
    // events dated 94 to 99 minutes after the first: six, however long the history
    assertThat(stored.substring(stored.indexOf("seen=") + 5).split(",")).hasSize(6);
    assertThat(EventCursor.parse(stored)).isEqualTo(cursor);
    // listed again (an old event, a remembered one): nothing is new
    assertThat(cursor.advance(List.of(events.get(0), events.get(98), events.get(99))).events()).isEmpty();
  }

  @Test
  void theQueryCannotSetWhatTheCursorDecides() {
    List<EventQuery> refused = List.of(
        EventQuery.builder().since(LocalDateTime.of(2026, 1, 1, 0, 0)).build(),
        EventQuery.builder().before(LocalDateTime.of(2026, 1, 1, 0, 0)).build(),
        EventQuery.builder().orderBy(EventQuery.Order.DATE).build(),
        EventQuery.builder().project("alpha").orderByDescending(EventQuery.Order.DATE).build());
    try (PatchworkClient pw = client()) {
      for (EventQuery q : refused) {
        assertThatThrownBy(() -> pw.events().poll(q, EventCursor.startingAt(LocalDateTime.of(2026, 1, 1, 0, 0))))
            .as(q.toString())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("without since(...), before(...) and orderBy(...)");
      }
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void pollingNeedsOldestFirstOrderFromApi12() {
    try (PatchworkClient pw = builder().apiVersion(ApiVersion.V1_1).build()) {
      assertThatThrownBy(() -> pw.blocking().events().poll(EventCursor.startingAt(LocalDateTime.of(2026, 1, 1, 0, 0))))
          .isInstanceOf(UnsupportedFeatureException.class);
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aStoredCursorReadsBackEqualAndAnythingElseIsRefusedWithAHint() {
    EventCursor fresh = EventCursor.startingAt(LocalDateTime.of(2026, 11, 22, 23, 11, 14, 547_706_000));
    assertThat(EventCursor.parse(fresh.asString())).isEqualTo(fresh);
    for (String bad : List.of("", "since 2026-11-22T23:11:14", "patchwork4j-event-cursor/1 since=yesterday seen=",
        "patchwork4j-event-cursor/1 since=2026-11-22T23:11:14 seen=12", "patchwork4j-event-cursor/1 "
            + "since=2026-11-22T23:11:14 seen=-1@2026-11-22T23:11:14")) {
      assertThatThrownBy(() -> EventCursor.parse(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("EventCursor.startingAt");
    }
  }
}
