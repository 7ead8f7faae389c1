package io.github.patchwork4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.patchwork4j.client.BlockingPatchworkClient;
import io.github.patchwork4j.client.EventQuery;
import io.github.patchwork4j.client.PatchQuery;
import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.model.Check;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.Comment;
import io.github.patchwork4j.model.DiffHash;
import io.github.patchwork4j.model.EventCategory;
import io.github.patchwork4j.model.ImmutablePatch;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.PatchState;
import io.github.patchwork4j.model.Project;
import io.github.patchwork4j.model.Series;
import io.github.patchwork4j.model.SeriesRef;
import io.github.patchwork4j.model.User;
import io.github.patchwork4j.model.event.Event;
import io.github.patchwork4j.model.event.PatchCompletedEvent;
import io.github.patchwork4j.model.event.PatchCreatedEvent;
import io.github.patchwork4j.model.event.SeriesCompletedEvent;
import io.github.patchwork4j.model.event.SeriesCreatedEvent;
import io.github.patchwork4j.testkit.junit.PatchworkTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The given… hooks: data added as model objects is served like the data set's. */
@PatchworkTest
class GivenTest {

  @Test
  void aGivenPatchGetsTheNextIdTheServersLinksAndACreatedEvent(FakePatchwork fake, BlockingPatchworkClient pw) {
    long newest = pw.patches().list().stream().mapToLong(Patch::id).max().orElseThrow();
    Patch given = fake.givenPatch(Fixtures.patch().name("net: fix the frobnicator").build());
    assertThat(given.id()).isEqualTo(newest + 1);
    assertThat(given.url().toString()).isEqualTo(fake.baseUrl() + "/api/1.3/patches/" + given.id() + "/");
    assertThat(given.webUrl().orElseThrow().toString()).startsWith(fake.baseUrl() + "/project/alpha/patch/");
    assertThat(pw.patches().get(given.id())).isEqualTo(given);
    Event created = pw.events().list().stream().findFirst().orElseThrow();
    assertThat(created).isInstanceOf(PatchCreatedEvent.class);
    assertThat(((PatchCreatedEvent) created).patch().id()).isEqualTo(given.id());
  }

  @Test
  void aGivenPatchWithAnExistingIdReplacesIt(FakePatchwork fake, BlockingPatchworkClient pw) {
    Patch one = pw.patches().get(1);
    fake.givenPatch(ImmutablePatch.copyOf(one).withState(PatchState.SUPERSEDED).withArchived(true));
    Patch now = pw.patches().get(1);
    assertThat(now.state()).isEqualTo(PatchState.SUPERSEDED);
    assertThat(now.archived()).isTrue();
    assertThat(now.name()).isEqualTo(one.name());
  }

  @Test
  void givenChecksCountInTheCombinedCheck(FakePatchwork fake, BlockingPatchworkClient pw) {
    Patch p = fake.givenPatch(Fixtures.patch().build());
    assertThat(p.check()).isEqualTo(CheckState.PENDING);
    Check c = fake.givenCheck(p.id(), Fixtures.check().state(CheckState.WARNING).context("lint").build());
    assertThat(pw.checks().list(p.id()).stream().toList()).containsExactly(c);
    assertThat(pw.patches().get(p.id()).check()).isEqualTo(CheckState.WARNING);
  }

  @Test
  void givenProjectsAndUsersWorkTogether(FakePatchwork fake, PatchworkClient pw) {
    User lead = fake.givenUser(Fixtures.user().username("lead").email("lead@example.org").build());
    Project gamma = fake.givenProject(Fixtures.project().name("Gamma").linkName("gamma")
        .maintainers(List.of(lead)).build());
    Patch p = fake.givenPatch(Fixtures.patch().project(Fixtures.projectRef().id(gamma.id()).name("Gamma")
        .linkName("gamma").build()).build());
    assertThat(p.project().linkName()).isEqualTo("gamma");
    assertThat(fake.tokenFor("lead")).matches("[0-9a-f]{40}");
    assertThat(Http.as(fake, "lead").send("PATCH", "/api/1.3/patches/" + p.id() + "/", "{\"state\": \"rfc\"}")
        .statusCode()).isEqualTo(200);
    assertThat(pw.patches().get(p.id()).join().state()).isEqualTo(PatchState.RFC);
  }

  @Test
  void aGivenSeriesCollectsItsPatchesAndComments(FakePatchwork fake, BlockingPatchworkClient pw) {
    Series s = fake.givenSeries(Fixtures.series().total(2).build());
    Patch first = fake.givenPatch(Fixtures.patch().name("[1/2] a").series(List.of(Fixtures.seriesRef().id(s.id())
        .build())).build());
    Series now = pw.series().get(s.id());
    assertThat(now.patches()).extracting(r -> r.id()).containsExactly(first.id());
    assertThat(now.receivedTotal()).isEqualTo(1);
    assertThat(now.receivedAll()).isFalse();
    Comment c = fake.givenPatchComment(first.id(), Fixtures.comment().build());
    assertThat(pw.comments().listForPatch(first.id()).stream().toList()).containsExactly(c);
  }

  @Test
  void aGivenPatchHasTheServersHashOfItsDiffAndIsFoundByIt(FakePatchwork fake, BlockingPatchworkClient pw) {
    String diff = "--- a/net/frob.c\n+++ b/net/frob.c\n@@ -1,1 +1,1 @@\n-old\n+new\n";
    Patch given = fake.givenPatch(Fixtures.patch().name("net: frob").diff(diff).build());

    assertThat(given.hash()).contains(DiffHash.of(diff));
    List<Patch> found = pw.patches().list(PatchQuery.builder().hash(DiffHash.of(diff)).build()).stream().toList();
    assertThat(found).extracting(Patch::id).containsExactly(given.id());
  }

  @Test
  void aGivenHashIsKeptAndAPatchWithoutDiffHasNone(FakePatchwork fake, BlockingPatchworkClient pw) {
    String explicit = "0123456789abcdef0123456789abcdef01234567";
    Patch hashed = fake.givenPatch(Fixtures.patch().hash(explicit).build());
    Patch pull = fake.givenPatch(Fixtures.patch().diff(Optional.empty())
        .pullUrl("https://git.example.org/alpha.git tags/fixes").build());

    assertThat(pw.patches().get(hashed.id()).hash()).contains(explicit);
    assertThat(pw.patches().get(pull.id()).hash()).isEmpty();
  }

  @Test
  void aPatchThatCompletesASeriesEmitsTheCompletionEventsLikeTheServer(FakePatchwork fake,
      BlockingPatchworkClient pw) {
    Series s = fake.givenSeries(Fixtures.series().total(3).build());
    List<SeriesRef> in = List.of(Fixtures.seriesRef().id(s.id()).build());
    Patch second = fake.givenPatch(Fixtures.patch().name("[2/3] b").series(in).build());
    Patch third = fake.givenPatch(Fixtures.patch().name("[3/3] c").series(in).build());
    EventQuery ofSeries = EventQuery.builder().series(s.id()).orderBy(EventQuery.Order.DATE).build();
    assertThat(pw.events().list(ofSeries).stream().toList()).as("patches 2 and 3 wait for patch 1")
        .singleElement().isInstanceOf(SeriesCreatedEvent.class);

    Patch first = fake.givenPatch(Fixtures.patch().name("[1/3] a").series(in).build());

    List<Event> events = pw.events().list(ofSeries).stream().toList();
    assertThat(events).extracting(Event::category).extracting(c -> c.value())
        .containsExactly("series-created", "patch-completed", "patch-completed", "patch-completed",
            "series-completed");
    assertThat(events.subList(1, 4)).map(e -> ((PatchCompletedEvent) e).patch().id())
        .containsExactly(first.id(), second.id(), third.id());
    assertThat(((SeriesCompletedEvent) events.get(4)).series().id()).isEqualTo(s.id());
    assertThat(pw.events().list(EventQuery.builder().patch(first.id()).orderBy(EventQuery.Order.DATE).build())
        .stream().map(e -> e.category().value()).toList()).containsExactly("patch-created", "patch-completed");
  }

  @Test
  void anExtraPatchCompletesTheSeriesAgain(FakePatchwork fake, BlockingPatchworkClient pw) {
    Series s = fake.givenSeries(Fixtures.series().total(1).build());
    List<SeriesRef> in = List.of(Fixtures.seriesRef().id(s.id()).build());
    fake.givenPatch(Fixtures.patch().name("[1/1] a").series(in).build());
    fake.givenPatch(Fixtures.patch().name("[2/1] a fix-up").series(in).build());

    assertThat(pw.events().list(EventQuery.builder().series(s.id()).category(EventCategory.SERIES_COMPLETED)
        .build()).stream()).hasSize(2);
  }

  @Test
  void anUnknownProjectIsRefusedWithAHint(FakePatchwork fake) {
    assertThatThrownBy(() -> fake.givenPatch(Fixtures.patch().project(Fixtures.projectRef().id(99).build()).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("givenProject");
  }
}
