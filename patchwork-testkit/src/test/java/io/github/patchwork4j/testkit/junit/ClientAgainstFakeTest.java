package io.github.patchwork4j.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.patchwork4j.client.BlockingPatchworkClient;
import io.github.patchwork4j.client.BundleUpdate;
import io.github.patchwork4j.client.CommentUpdate;
import io.github.patchwork4j.client.NewBundle;
import io.github.patchwork4j.client.NewCheck;
import io.github.patchwork4j.client.PatchQuery;
import io.github.patchwork4j.client.PatchUpdate;
import io.github.patchwork4j.client.ProjectUpdate;
import io.github.patchwork4j.client.UserUpdate;
import io.github.patchwork4j.client.error.NotFoundException;
import io.github.patchwork4j.client.error.PermissionDeniedException;
import io.github.patchwork4j.model.Bundle;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.PatchState;
import io.github.patchwork4j.model.event.Event;
import io.github.patchwork4j.model.event.PatchDelegatedEvent;
import io.github.patchwork4j.testkit.FakePatchwork;
import io.github.patchwork4j.testkit.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The SDK's own client against the fake: every group reads, writes land, errors map as on a real server. */
@PatchworkTest
class ClientAgainstFakeTest {

  @Test
  void everyGroupReads(BlockingPatchworkClient pw) {
    assertThat(pw.patches().list(PatchQuery.builder().project("alpha").state(PatchState.NEW).build()).stream()
        .limit(300).allMatch(p -> p.state().equals(PatchState.NEW))).isTrue();
    assertThat(pw.covers().list().stream().findFirst()).isPresent();
    assertThat(pw.series().get(2).patches()).isNotEmpty();
    assertThat(pw.comments().listForPatch(623).stream().toList()).isNotEmpty();
    assertThat(pw.checks().list(643).stream().toList()).hasSize(2);
    assertThat(pw.projects().list().stream().toList()).hasSize(2);
    assertThat(pw.people().list().stream().count()).isGreaterThan(5);
    assertThat(pw.users().get(2).settings()).isPresent();
    assertThat(pw.bundles().list().stream().toList()).isNotEmpty();
    assertThat(pw.events().list().stream().limit(100).toList()).hasSize(100);
    assertThat(pw.downloads().seriesMbox(2).text()).startsWith("From patchwork ");
    assertThat(pw.downloads().patchDiff(2).text()).startsWith("diff").isEqualTo(pw.patches().get(2).diff().orElseThrow());
  }

  @Test
  void patchUpdatesSendOnlyWhatWasTouchedAndEmitEvents(FakePatchwork fake, BlockingPatchworkClient pw) {
    pw.patches().update(5, PatchUpdate.builder().delegate(2).build());
    Patch cleared = pw.patches().update(5, PatchUpdate.builder().clearDelegate().state(PatchState.RFC).build());
    assertThat(cleared.delegate()).isEmpty();
    assertThat(cleared.state()).isEqualTo(PatchState.RFC);
    RecordedRequest last = fake.requests().stream().filter(r -> r.method().equals("PATCH")).reduce((a, b) -> b)
        .orElseThrow();
    assertThat(last.isNull("delegate")).isTrue();
    assertThat(last.hasField("archived")).isFalse();
    Event newest = pw.events().list().stream().filter(e -> e instanceof PatchDelegatedEvent).findFirst().orElseThrow();
    assertThat(((PatchDelegatedEvent) newest).previousDelegate().orElseThrow().username()).isEqualTo("maint");
  }

  @Test
  void checksBundlesCommentsProjectsAndUsersAreWritable(BlockingPatchworkClient pw) {
    pw.checks().create(3, NewCheck.builder().state(CheckState.FAIL).context("build").build());
    assertThat(pw.patches().get(3).check()).isEqualTo(CheckState.FAIL);
    Bundle b = pw.bundles().create(NewBundle.builder().name("mine").patches(3, 4).build());
    assertThat(pw.bundles().update(b.id(), BundleUpdate.builder().name("ours").isPublic(true).build()).name())
        .isEqualTo("ours");
    pw.bundles().delete(b.id());
    assertThatThrownBy(() -> pw.bundles().get(b.id())).isInstanceOf(NotFoundException.class);
    assertThat(pw.comments().updateForPatch(623, 60, CommentUpdate.builder().addressed(true).build()).addressed())
        .hasValue(true);
    assertThat(pw.projects().update("alpha", ProjectUpdate.builder().webUrl("https://alpha.example.net/").build())
        .webUrl()).isEqualTo("https://alpha.example.net/");
    assertThat(pw.users().update(2, UserUpdate.builder().itemsPerPage(25).build()).settings().orElseThrow()
        .itemsPerPage()).isEqualTo(25);
  }

  @Test
  @PatchworkTest(user = "other")
  void errorsMapAsOnARealServer(BlockingPatchworkClient pw) {
    assertThatThrownBy(() -> pw.patches().update(1, PatchUpdate.builder().state(PatchState.ACCEPTED).build()))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> pw.patches().get(999999)).isInstanceOf(NotFoundException.class);
  }
}
