package io.github.patchwork4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.patchwork4j.client.BlockingPatchworkClient;
import io.github.patchwork4j.client.PatchQuery;
import io.github.patchwork4j.model.Check;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.PatchState;
import io.github.patchwork4j.testkit.FakePatchwork;
import io.github.patchwork4j.testkit.junit.PatchworkTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@PatchworkTest(user = "")
class DemoTest {

  @Test
  void movesANewPatchToUnderReviewAndPostsABuildCheckThatAFreshClientSees(FakePatchwork fake,
      BlockingPatchworkClient anonymous) {
    List<Long> newBefore = anonymous.patches().list(PatchQuery.builder().project("alpha")
        .state(PatchState.NEW).build()).stream().map(Patch::id).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Demo.Outcome outcome;
    try (Target target = Target.fake(fake)) {
      outcome = new Demo(target, new PrintStream(out, true, StandardCharsets.UTF_8)).run().orElseThrow();
    }

    long id = outcome.patch().id();
    assertThat(newBefore).contains(id);
    Patch after = anonymous.patches().get(id);
    assertThat(after.state()).isEqualTo(PatchState.UNDER_REVIEW);
    List<Check> checks = anonymous.checks().list(id).stream().toList();
    assertThat(checks).anySatisfy(c -> {
      assertThat(c.context()).isEqualTo(Demo.CHECK_CONTEXT);
      assertThat(c.state()).isEqualTo(CheckState.SUCCESS);
      assertThat(c.user().username()).isEqualTo(Target.FAKE_USER);
    });
    assertThat(outcome.checks()).extracting(Check::id).containsExactlyInAnyOrderElementsOf(
        checks.stream().map(Check::id).toList());
    // only that patch changed state
    assertThat(anonymous.patches().list(PatchQuery.builder().project("alpha").state(PatchState.NEW).build())
        .stream().map(Patch::id).toList()).containsExactlyInAnyOrderElementsOf(
            newBefore.stream().filter(p -> p != id).toList());
  }

  @Test
  void runsAgainstAServerNamedByPwUrlAndNeverPrintsTheToken(FakePatchwork fake) {
    String token = fake.tokenFor("maint");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    try (Target target = Target.fromEnvironment(Map.of("PW_URL", fake.baseUrl().toString(), "PW_TOKEN", token))) {
      assertThat(target.fake()).isEmpty();
      // no PW_PROJECT: the first project the server lists (alpha in the data set)
      assertThat(target.project()).isEqualTo("alpha");
      new Demo(target, new PrintStream(out, true, StandardCharsets.UTF_8)).run().orElseThrow();
    }

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("Moved patch").doesNotContain(token);
    assertThat(fake.requests()).filteredOn(r -> r.method().equals("PATCH"))
        .singleElement().satisfies(r -> assertThat(r.user()).contains("maint"));
  }

  @Test
  void withoutATokenItOnlyLists(FakePatchwork fake) {
    try (Target target = Target.fromEnvironment(Map.of("PW_URL", fake.baseUrl().toString()))) {
      assertThat(new Demo(target, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run())
          .isEmpty();
    }
    assertThat(fake.requests()).allSatisfy(r -> assertThat(r.method()).isEqualTo("GET"));
  }
}
