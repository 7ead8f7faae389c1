package io.github.patchwork4j.examples;

import io.github.patchwork4j.client.BlockingPatchworkClient;
import io.github.patchwork4j.client.NewCheck;
import io.github.patchwork4j.client.PatchQuery;
import io.github.patchwork4j.client.PatchUpdate;
import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.model.Check;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.PatchState;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tour: lists a project's newest patches, moves one from {@code new} to {@code
 * under-review}, posts a {@code build} check on it, and reads both back through a new client.
 *
 * <p>Runs against an embedded {@code FakePatchwork} unless {@code PW_URL} is set; against a real
 * server it <em>writes</em> (a state change and a check that cannot be deleted), so point it at
 * a test instance. Without {@code PW_TOKEN} it only lists.
 *
 * <pre>
 * mvn -B -q -pl examples -am -DskipTests package exec:java
 * </pre>
 */
public final class Demo {

  /** The context of the check the demo posts. */
  public static final String CHECK_CONTEXT = "build";

  private static final int NEWEST = 5;

  private final Target target;
  private final PrintStream out;

  /** A demo on this server, telling what it does on {@code out}. */
  public Demo(Target target, PrintStream out) {
    this.target = target;
    this.out = out;
  }

  /** What the demo changed, as read back from the server. */
  public record Outcome(Patch patch, List<Check> checks) {
  }

  /** Runs against {@code PW_URL} or an embedded fake; exit status 1 with a message on failure. */
  public static void main(String[] args) {
    Programs.run(() -> {
      try (Target target = Target.fromEnvironment()) {
        new Demo(target, System.out).run();
      }
    });
  }

  /**
   * Lists, moves, checks and reads back.
   *
   * @return the patch and its checks read back through a new client, or empty when there was
   *     nothing to change (no token, or no patch in state {@code new} on a real server)
   */
  public Optional<Outcome> run() {
    BlockingPatchworkClient pw = target.client();
    out.println("Patchwork: " + target.describe() + ", API " + pw.apiVersion());
    String project = target.project();

    out.println("Listing the " + NEWEST + " newest patches of project " + project + "...");
    List<Patch> newest = pw.patches().list(PatchQuery.builder().project(project)
            .orderByDescending(PatchQuery.Order.ID).pageSize(NEWEST).build())
        .stream().limit(NEWEST).toList();
    Tables.patches(out, newest);

    if (!target.canWrite()) {
      out.println("PW_TOKEN is not set: stopping before the writes (state change, check).");
      return Optional.empty();
    }
    Optional<Patch> candidate = newest.stream().filter(p -> p.state().equals(PatchState.NEW)).findFirst()
        .or(() -> pw.patches().list(PatchQuery.builder().project(project).state(PatchState.NEW)
            .orderByDescending(PatchQuery.Order.ID).pageSize(1).build()).stream().findFirst());
    if (candidate.isEmpty()) {
      out.println("No patch of " + project + " is in state new: nothing to move.");
      return Optional.empty();
    }
    Patch before = candidate.get();

    Patch moved = pw.patches().update(before.id(),
        PatchUpdate.builder().state(PatchState.UNDER_REVIEW).build());
    out.println("Moved patch " + before.id() + " " + Tables.quote(before.name()) + " from "
        + before.state() + " to " + moved.state());

    Check posted = pw.checks().create(before.id(), NewCheck.builder()
        .state(CheckState.SUCCESS)
        .context(CHECK_CONTEXT)
        .description("Built by the patchwork4j demo")
        .build());
    out.println("Posted check " + posted.context() + " " + posted.state() + " on patch " + before.id()
        + " as " + posted.user().username());

    try (PatchworkClient fresh = target.newClient()) {
      BlockingPatchworkClient again = fresh.blocking();
      Patch read = again.patches().get(before.id());
      List<Check> checks = again.checks().list(before.id()).stream().toList();
      out.println("Read back with a new client: state " + read.state() + ", combined check " + read.check());
      out.println("  standing checks (newest per user and context): " + Checks.standing(checks).stream()
          .map(c -> c.context() + " " + c.state() + " (" + c.user().username() + ")")
          .collect(Collectors.joining(", ")));
      return Optional.of(new Outcome(read, checks));
    }
  }
}
