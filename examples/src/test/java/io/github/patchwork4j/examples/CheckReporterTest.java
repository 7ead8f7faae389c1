package io.github.patchwork4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.patchwork4j.client.BlockingPatchworkClient;
import io.github.patchwork4j.client.EventCursor;
import io.github.patchwork4j.client.EventQuery;
import io.github.patchwork4j.model.Check;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.PatchRef;
import io.github.patchwork4j.model.event.Event;
import io.github.patchwork4j.model.event.PatchCreatedEvent;
import io.github.patchwork4j.model.event.SeriesCompletedEvent;
import io.github.patchwork4j.testkit.FakePatchwork;
import io.github.patchwork4j.testkit.Fixtures;
import io.github.patchwork4j.testkit.RecordedRequest;
import io.github.patchwork4j.testkit.junit.PatchworkTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@PatchworkTest
class CheckReporterTest {

  private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  private static long checkPosts(FakePatchwork fake) {
    return fake.requests().stream().filter(CheckReporterTest::isCheckPost).count();
  }

  private static boolean isCheckPost(RecordedRequest r) {
    return r.method().equals("POST") && r.path().endsWith("/checks/");
  }

  /** Two patches arrive; the second has no Signed-off-by line. */
  private static List<Patch> arrive(FakePatchwork fake) {
    return List.of(
        fake.givenPatch(Fixtures.patch().name("net: fix the frobnicator").build()),
        fake.givenPatch(Fixtures.patch().name("net: tune the frobnicator").content("No sign-off.").build()));
  }

  /** The server's newest event: a cursor after it sees only what happens next. */
  private static Event newest(BlockingPatchworkClient pw) {
    return pw.events().list(EventQuery.builder().pageSize(1).build()).stream().findFirst().orElseThrow();
  }

  @Test
  void postsOneCheckPerNewPatchAndNothingWhenRunAgain(FakePatchwork fake, BlockingPatchworkClient pw) {
    Event start = newest(pw);
    List<Patch> arrived = arrive(fake);
    CheckReporter reporter = new CheckReporter(pw, "alpha", QUIET);

    CheckReporter.Poll first = reporter.poll(EventCursor.after(start));
    CheckReporter.Poll again = reporter.poll(first.cursor());
    CheckReporter.Poll lostCursor = reporter.poll(EventCursor.after(start));

    assertThat(first.patchesChecked()).containsExactlyElementsOf(arrived.stream().map(Patch::id).toList());
    assertThat(first.checksPosted()).isEqualTo(2);
    assertThat(again.patchesChecked()).isEmpty();
    assertThat(lostCursor.patchesChecked()).hasSize(2);
    assertThat(lostCursor.checksPosted()).isZero();
    assertThat(checkPosts(fake)).isEqualTo(2);
    List<Check> signed = pw.checks().list(arrived.get(0).id()).stream().toList();
    List<Check> unsigned = pw.checks().list(arrived.get(1).id()).stream().toList();
    assertThat(signed).singleElement().satisfies(c -> {
      assertThat(c.context()).isEqualTo(CheckReporter.CONTEXT);
      assertThat(c.state()).isEqualTo(CheckState.SUCCESS);
    });
    assertThat(unsigned).singleElement().satisfies(c -> assertThat(c.state()).isEqualTo(CheckState.FAIL));
    assertThat(pw.patches().get(arrived.get(1).id()).check()).isEqualTo(CheckState.FAIL);
  }

  @Test
  void aSavedCursorResumesWithoutRepeatingAnything(FakePatchwork fake, BlockingPatchworkClient pw,
      @TempDir Path dir) throws IOException {
    Path file = dir.resolve("reporter.cursor");
    Event start = newest(pw);
    arrive(fake);
    CheckReporter.Poll first = new CheckReporter(pw, "alpha", QUIET).poll(EventCursor.after(start));
    CheckReporter.save(first.cursor(), file);
    List<RecordedRequest> before = fake.requests();

    CheckReporter.Poll resumed = new CheckReporter(pw, "alpha", QUIET).poll(CheckReporter.load(file));

    assertThat(resumed.patchesChecked()).isEmpty();
    assertThat(fake.requests().subList(before.size(), fake.requests().size()))
        .allSatisfy(r -> assertThat(r.method()).isEqualTo("GET"));
  }

  @Test
  void aDamagedCursorFileSaysWhatToDo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("reporter.cursor");
    Files.writeString(file, "since yesterday\n");
    assertThatThrownBy(() -> CheckReporter.load(file))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delete the file");
  }

  @Test
  @PatchworkTest(user = "admin")
  void checksEveryPatchOfACompletedSeriesOnce(FakePatchwork fake, BlockingPatchworkClient pw) {
    // the recorded events of project beta: start at its third-last series-completed event
    List<Event> recorded = pw.events().list(EventQuery.builder().project("beta")
        .orderBy(EventQuery.Order.DATE).build()).stream().toList();
    List<Event> completions = recorded.stream().filter(e -> e instanceof SeriesCompletedEvent).toList();
    Event from = completions.get(completions.size() - 3);
    Set<Long> expected = new LinkedHashSet<>();
    for (Event e : recorded.subList(recorded.indexOf(from), recorded.size())) {
      if (e instanceof PatchCreatedEvent p) {
        expected.add(p.patch().id());
      } else if (e instanceof SeriesCompletedEvent s) {
        pw.series().get(s.series().id()).patches().stream().map(PatchRef::id).forEach(expected::add);
      }
    }

    CheckReporter.Poll poll = new CheckReporter(pw, "beta", QUIET).poll(EventCursor.startingAt(from.date()));

    assertThat(poll.patchesChecked()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(checkPosts(fake)).isEqualTo(expected.size());
    for (long id : expected) {
      assertThat(pw.checks().list(id).stream().filter(c -> c.context().equals(CheckReporter.CONTEXT)))
          .as("checks of patch %d", id).hasSize(1);
    }
  }
}
