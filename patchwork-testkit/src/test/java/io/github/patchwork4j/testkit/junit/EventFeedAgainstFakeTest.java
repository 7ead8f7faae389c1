package io.github.patchwork4j.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.patchwork4j.client.BlockingPatchworkClient;
import io.github.patchwork4j.client.EventBatch;
import io.github.patchwork4j.client.EventCursor;
import io.github.patchwork4j.client.EventQuery;
import io.github.patchwork4j.client.PatchQuery;
import io.github.patchwork4j.client.PatchUpdate;
import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.PatchState;
import io.github.patchwork4j.model.event.Event;
import io.github.patchwork4j.model.event.PatchCreatedEvent;
import io.github.patchwork4j.model.event.PatchStateChangedEvent;
import io.github.patchwork4j.testkit.FakePatchwork;
import io.github.patchwork4j.testkit.Fixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code events().poll(query, cursor)} against the stateful fake: writes between polls. */
@PatchworkTest
class EventFeedAgainstFakeTest {

  private static final EventQuery ALPHA = EventQuery.builder().project("alpha").build();

  private static Event newest(BlockingPatchworkClient pw) {
    return pw.events().list(EventQuery.builder().pageSize(1).build()).stream().findFirst().orElseThrow();
  }

  @Test
  void aWriteBetweenTwoPollsShowsUpOnceInTheSecondPollAndNeverAgain(BlockingPatchworkClient pw) {
    Patch patch = pw.patches().list(PatchQuery.builder().project("alpha").state(PatchState.NEW).build())
        .stream().findFirst().orElseThrow();
    EventBatch first = pw.events().poll(ALPHA, EventCursor.after(newest(pw)));

    pw.patches().update(patch.id(), PatchUpdate.builder().state(PatchState.UNDER_REVIEW).build());
    EventBatch second = pw.events().poll(ALPHA, first.cursor());
    EventBatch third = pw.events().poll(ALPHA, second.cursor());
    EventBatch restored = pw.events().poll(ALPHA, EventCursor.parse(second.cursor().asString()));

    assertThat(first.events()).isEmpty();
    assertThat(second.events()).singleElement().isInstanceOfSatisfying(PatchStateChangedEvent.class, e -> {
      assertThat(e.patch().id()).isEqualTo(patch.id());
      assertThat(e.currentState()).isEqualTo(PatchState.UNDER_REVIEW);
    });
    assertThat(third.events()).isEmpty();
    assertThat(restored.events()).isEmpty();
  }

  @Test
  void aFeedFollowedForAnHourDeliversEveryEventOnceAndKeepsItsCursorSmall() {
    MovingClock clock = new MovingClock(Instant.parse("2027-01-01T00:00:00Z"));
    try (FakePatchwork fake = FakePatchwork.builder().clock(clock).start();
        PatchworkClient client = PatchworkClient.builder().baseUrl(fake.baseUrl().toString()).build()) {
      BlockingPatchworkClient pw = client.blocking();
      EventCursor cursor = EventCursor.after(newest(pw));
      List<Long> arrived = new ArrayList<>();
      List<Long> delivered = new ArrayList<>();
      for (int minute = 0; minute < 60; minute += 2) {
        clock.advance(Duration.ofMinutes(2));
        arrived.add(fake.givenPatch(Fixtures.patch().name("fix " + minute).build()).id());
        EventBatch batch = pw.events().poll(ALPHA, cursor);
        batch.events().forEach(e -> delivered.add(((PatchCreatedEvent) e).patch().id()));
        cursor = batch.cursor();
      }

      assertThat(delivered).containsExactlyElementsOf(arrived);
      // events two minutes apart: the cursor remembers the three within its five-minute overlap
      assertThat(cursor.toString()).endsWith("3 events remembered]");
      assertThat(cursor.since()).isEqualTo(newest(pw).date().minus(EventCursor.OVERLAP));
    }
  }

  /** A clock the test moves forward. */
  private static final class MovingClock extends Clock {
    private volatile Instant now;

    MovingClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
