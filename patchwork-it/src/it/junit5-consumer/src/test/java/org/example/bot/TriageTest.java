package org.example.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.patchwork4j.client.PatchQuery;
import io.github.patchwork4j.client.PatchUpdate;
import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.PatchState;
import io.github.patchwork4j.testkit.FakePatchwork;
import io.github.patchwork4j.testkit.junit.PatchworkTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs on the JUnit Jupiter this project chose (5.x): the testkit's extension lists, updates and reads back. */
@PatchworkTest
class TriageTest {

  @Test
  void runsOnTheJUnitThisProjectChose() {
    String version = Test.class.getPackage().getImplementationVersion();
    assertEquals(System.getProperty("expected.junit.version"), version, "junit-jupiter-api on the test classpath");
  }

  @Test
  void listsUpdatesAndReadsBack(FakePatchwork fake, PatchworkClient pw) {
    List<Patch> fresh = pw.blocking().patches()
        .list(PatchQuery.builder().project("alpha").state(PatchState.NEW).pageSize(10).build())
        .stream().limit(3).toList();
    assertFalse(fresh.isEmpty(), "project alpha has new patches in the shipped data set");
    Patch first = fresh.get(0);

    Patch updated = pw.patches()
        .update(first.id(), PatchUpdate.builder().state(PatchState.UNDER_REVIEW).build()).join();
    assertEquals(PatchState.UNDER_REVIEW, updated.state());

    assertEquals(PatchState.UNDER_REVIEW, pw.patches().get(first.id()).join().state());
    assertTrue(fake.requests().stream().anyMatch(r -> r.method().equals("PATCH")),
        "the fake saw the PATCH");
  }
}
