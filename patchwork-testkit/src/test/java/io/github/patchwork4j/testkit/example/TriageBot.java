package io.github.patchwork4j.testkit.example;

import io.github.patchwork4j.client.PatchQuery;
import io.github.patchwork4j.client.PatchUpdate;
import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.PatchState;

/** A bot under test (the README's example): accepts a project's new patches whose checks all passed. */
final class TriageBot {

  private final PatchworkClient pw;

  TriageBot(PatchworkClient pw) {
    this.pw = pw;
  }

  void run(String project) {
    pw.patches().list(PatchQuery.builder().project(project).state(PatchState.NEW).build()).stream()
        .filter(p -> p.check().equals(CheckState.SUCCESS))
        .forEach(p -> pw.patches().update(p.id(), PatchUpdate.builder().state(PatchState.ACCEPTED).build()).join());
  }
}
