package io.github.patchwork4j.examples;

import io.github.patchwork4j.client.BlockingPatchworkClient;
import io.github.patchwork4j.client.CheckReport;
import io.github.patchwork4j.client.EventBatch;
import io.github.patchwork4j.client.EventCursor;
import io.github.patchwork4j.client.EventQuery;
import io.github.patchwork4j.client.NewCheck;
import io.github.patchwork4j.model.Check;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.PatchRef;
import io.github.patchwork4j.model.Series;
import io.github.patchwork4j.model.event.Event;
import io.github.patchwork4j.model.event.PatchCreatedEvent;
import io.github.patchwork4j.model.event.SeriesCompletedEvent;
import io.github.patchwork4j.testkit.FakePatchwork;
import io.github.patchwork4j.testkit.Fixtures;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A CI bot: follows a project's events and posts a check on every new patch, never twice.
 *
 * <p>Each {@link #poll(EventCursor)} asks {@code events().poll(…)} for the project's events since
 * the cursor (oldest first, every page, each event once however often it is listed), and for
 * {@code patch-created} (that patch) and {@code series-completed} (every patch of the series)
 * computes a verdict and posts it with {@code checks().report(…)}, which posts nothing when the
 * bot's standing check in that context already says the same. So a rerun, a lost cursor or an
 * event listed twice costs a few reads, never a duplicate check.
 *
 * <p>The verdict here is a stand-in for a real CI job: {@value #CONTEXT} is {@code success} when
 * the commit message has a {@code Signed-off-by:} line, else {@code fail}.
 *
 * <pre>
 * mvn -B -q -pl examples -am -DskipTests package exec:java -Dexample=CheckReporter
 * PW_URL=… PW_TOKEN=… PW_PROJECT=… mvn … -Dexample=CheckReporter -Dexec.args="--cursor reporter.cursor"
 * </pre>
 *
 * Options: {@code --cursor FILE} keeps the cursor between runs ({@link EventCursor#asString()} in
 * a file; default on a real server: {@code check-reporter.cursor}; on the fake: in memory); {@code
 * --since DATE} is where a new cursor starts (server time, e.g. {@code 2024-05-01T00:00}; default:
 * a day before now, UTC).
 */
public final class CheckReporter {

  /** The context of the checks this bot posts. */
  public static final String CONTEXT = "signed-off-by";

  private static final Pattern SIGNED_OFF = Pattern.compile("(?m)^Signed-off-by: .+$");

  private final BlockingPatchworkClient pw;
  private final String project;
  private final Function<Patch, NewCheck> verdict;
  private final PrintStream out;

  /** A reporter for one project that posts {@link #signedOffBy(Patch)} verdicts. */
  public CheckReporter(BlockingPatchworkClient pw, String project, PrintStream out) {
    this(pw, project, CheckReporter::signedOffBy, out);
  }

  /** A reporter with another verdict (your CI job). */
  public CheckReporter(BlockingPatchworkClient pw, String project, Function<Patch, NewCheck> verdict,
      PrintStream out) {
    this.pw = Objects.requireNonNull(pw, "pw");
    this.project = Objects.requireNonNull(project, "project");
    this.verdict = Objects.requireNonNull(verdict, "verdict");
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * What one poll did.
   *
   * @param newEvents how many events were new to the cursor
   * @param patchesChecked the patches the bot reported on, in order
   * @param checksPosted how many checks it posted (the others already stood)
   * @param cursor the cursor to poll with next
   */
  public record Poll(int newEvents, List<Long> patchesChecked, int checksPosted, EventCursor cursor) {
  }

  /** The stand-in CI job: does the commit message carry a {@code Signed-off-by:} line? */
  public static NewCheck signedOffBy(Patch patch) {
    boolean signed = patch.content().map(c -> SIGNED_OFF.matcher(c).find()).orElse(false);
    return NewCheck.builder()
        .context(CONTEXT)
        .state(signed ? CheckState.SUCCESS : CheckState.FAIL)
        .description(signed ? "Signed-off-by present" : "No Signed-off-by: line in the commit message")
        .build();
  }

  /**
   * Handles the events since the cursor.
   *
   * @return counts of what happened, and the cursor past these events
   */
  public Poll poll(EventCursor cursor) {
    EventBatch batch = pw.events().poll(EventQuery.builder().project(project).build(), cursor);
    int followed = 0;
    Set<Long> checked = new LinkedHashSet<>();
    int posted = 0;
    for (Event event : batch.events()) {
      List<Long> patchIds = patchesOf(event);
      if (event instanceof PatchCreatedEvent || event instanceof SeriesCompletedEvent) {
        followed++;
        out.println("Event " + event.id() + " " + event.category() + " (" + event.date() + "): "
            + describe(event, patchIds));
      }
      for (long id : patchIds) {
        if (checked.add(id) && report(id)) {
          posted++;
        }
      }
    }
    int fresh = batch.events().size();
    out.println("Poll done: " + fresh + " new event" + (fresh == 1 ? "" : "s") + " (" + followed
        + " patch-created or series-completed), " + checked.size()
        + " patch" + (checked.size() == 1 ? "" : "es") + " checked, " + posted + " check"
        + (posted == 1 ? "" : "s") + " posted; next poll from " + batch.cursor().since());
    return new Poll(fresh, List.copyOf(checked), posted, batch.cursor());
  }

  /** The patches an event asks us to check: none for the categories we do not follow. */
  private List<Long> patchesOf(Event event) {
    if (event instanceof PatchCreatedEvent e) {
      return List.of(e.patch().id());
    }
    if (event instanceof SeriesCompletedEvent e) {
      Series series = pw.series().get(e.series().id());
      return series.patches().stream().map(PatchRef::id).toList();
    }
    return List.of();
  }

  private static String describe(Event event, List<Long> patchIds) {
    if (event instanceof SeriesCompletedEvent e) {
      return "series " + e.series().id() + " " + e.series().name().map(Tables::quote).orElse("(no name)")
          + ", patches " + patchIds;
    }
    return "patch " + ((PatchCreatedEvent) event).patch().id() + " "
        + Tables.quote(((PatchCreatedEvent) event).patch().name());
  }

  /** Reports the verdict on one patch; true when a check was posted. */
  private boolean report(long patchId) {
    Patch patch = pw.patches().get(patchId);
    CheckReport report = pw.checks().report(patchId, verdict.apply(patch));
    Check standing = report.check();
    out.println("  patch " + patchId + ": " + (report.posted() ? "posted " : "already reported ")
        + standing.context() + " " + standing.state());
    return report.posted();
  }

  /** Runs one poll (on the fake: after two new patches arrive, then again to show nothing repeats). */
  public static void main(String[] args) {
    Programs.run(() -> {
      Args a = Args.parse(args, Set.of("--cursor", "--since"), Set.of());
      try (Target target = Target.fromEnvironment()) {
        BlockingPatchworkClient pw = target.client();
        String project = target.project();
        System.out.println("Patchwork: " + target.describe());
        CheckReporter reporter = new CheckReporter(pw, project, System.out);
        Path file = a.value("--cursor").map(Path::of)
            .orElse(target.fake().isPresent() ? null : Path.of("check-reporter.cursor"));
        LocalDateTime since = a.value("--since").map(LocalDateTime::parse)
            .orElseGet(() -> LocalDateTime.now(ZoneOffset.UTC).minusDays(1));
        Supplier<EventCursor> fresh;
        if (target.fake().isPresent() && a.value("--since").isEmpty()) {
          // on the fake: from its newest event on, then two patches arrive
          Event newest = pw.events().list(EventQuery.builder().pageSize(1).build()).stream().findFirst()
              .orElseThrow();
          fresh = () -> EventCursor.after(newest);
          arrive(target.fake().get());
        } else {
          fresh = () -> EventCursor.startingAt(since);
        }
        EventCursor cursor = file != null && Files.exists(file) ? load(file) : fresh.get();
        System.out.println("Following events of project " + project + " from " + cursor.since()
            + (file != null ? " (cursor file " + file + ")" : " (cursor in memory)") + "...");
        Poll poll = reporter.poll(cursor);
        if (file != null) {
          save(poll.cursor(), file);
        } else {
          System.out.println("Polling again with the new cursor...");
          reporter.poll(poll.cursor());
          System.out.println("Polling again from the start, as after a lost cursor...");
          reporter.poll(fresh.get());
        }
      }
    });
  }

  /**
   * The cursor stored in the file by {@link #save(EventCursor, Path)}.
   *
   * @throws IllegalArgumentException if the file does not hold a cursor (the message says what to do)
   */
  public static EventCursor load(Path file) throws IOException {
    try {
      return EventCursor.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage() + " (or delete the file to start again)", e);
    }
  }

  /** Stores the cursor in the file, replacing it in one step (a crash leaves the old one). */
  public static void save(EventCursor cursor, Path file) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, cursor.asString() + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** On the fake: two patches arrive by mail (one without a Signed-off-by line). */
  private static void arrive(FakePatchwork fake) {
    System.out.println("Two patches arrive on the fake server...");
    List<Patch> arrived = new ArrayList<>();
    arrived.add(fake.givenPatch(Fixtures.patch().name("net: fix the frobnicator").build()));
    arrived.add(fake.givenPatch(Fixtures.patch().name("net: speed up the frobnicator")
        .content("Makes it faster. Forgot to sign it off.").build()));
    arrived.forEach(p -> System.out.println("  patch " + p.id() + " " + Tables.quote(p.name())));
  }
}
