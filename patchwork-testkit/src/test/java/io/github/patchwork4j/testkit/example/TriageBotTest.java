package io.github.patchwork4j.testkit.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.PatchState;
import io.github.patchwork4j.testkit.FakePatchwork;
import io.github.patchwork4j.testkit.Fixtures;
import io.github.patchwork4j.testkit.junit.PatchworkTest;
import org.junit.jupiter.api.Test;

/**
 * The README's example: a bot tested end to end against its own fake Patchwork, which starts
 * with users and projects only, so the bot sees just the patches the test adds.
 */
@PatchworkTest(emptyDataset = true)
class TriageBotTest {

  @Test
  void acceptsNewPatchesWhoseChecksPassed(FakePatchwork fake, PatchworkClient pw) {
    Patch green = fake.givenPatch(Fixtures.patch().name("net: fix the frobnicator").build());
    fake.givenCheck(green.id(), Fixtures.check().state(CheckState.SUCCESS).build());
    Patch red = fake.givenPatch(Fixtures.patch().name("net: break the frobnicator").build());
    fake.givenCheck(red.id(), Fixtures.check().state(CheckState.FAIL).build());

    new TriageBot(pw).run("alpha");

    assertThat(pw.patches().get(green.id()).join().state()).isEqualTo(PatchState.ACCEPTED);
    assertThat(pw.patches().get(red.id()).join().state()).isEqualTo(PatchState.NEW);
    assertThat(fake.requests()).filteredOn(r -> r.method().equals("PATCH") && r.path().endsWith("/" + green.id() + "/"))
        .singleElement().satisfies(r -> assertThat(r.fieldJson("state")).hasValue("\"accepted\""));
    // On the empty fake the bot reads one page holding just the two patches (with the full data
    // set it would page through the hundreds of recorded patches of alpha): its speed, counted.
    assertThat(fake.requests()).filteredOn(r -> r.method().equals("GET") && r.path().endsWith("/patches/"))
        .singleElement();
  }
}
