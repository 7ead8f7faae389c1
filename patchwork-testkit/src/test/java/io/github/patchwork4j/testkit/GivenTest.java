package io.github.patchwork4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.patchwork4j.client.BlockingPatchworkClient;
import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.model.Check;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.Comment;
import io.github.patchwork4j.model.ImmutablePatch;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.PatchState;
import io.github.patchwork4j.model.Project;
import io.github.patchwork4j.model.Series;
import io.github.patchwork4j.model.User;
import io.github.patchwork4j.model.event.Event;
import io.github.patchwork4j.model.event.PatchCreatedEvent;
import io.github.patchwork4j.testkit.junit.PatchworkTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The given… hooks: data added as model objects is served like the data set's. */
@PatchworkTest
class GivenTest {

  @Test
  void aGivenPatchGetsTheNextIdTheServersLinksAndACreatedEvent(FakePatchwork fake, BlockingPatchworkClient pw) {
    int newest = pw.patches().list().stream().mapToInt(Patch::id).max().orElseThrow();
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
  void anUnknownProjectIsRefusedWithAHint(FakePatchwork fake) {
    assertThatThrownBy(() -> fake.givenPatch(Fixtures.patch().project(Fixtures.projectRef().id(99).build()).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("givenProject");
  }
}
