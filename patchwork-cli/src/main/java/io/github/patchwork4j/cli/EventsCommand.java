package io.github.patchwork4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.patchwork4j.client.BlockingPatchworkClient;
import io.github.patchwork4j.client.EventBatch;
import io.github.patchwork4j.client.EventCursor;
import io.github.patchwork4j.client.EventQuery;
import io.github.patchwork4j.model.EventCategory;
import io.github.patchwork4j.model.event.Event;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code pw4j events}: follow the server's event feed. */
final class EventsCommand {

  static final List<Column<Event>> ROW = List.of(
      Column.of("ID", e -> String.valueOf(e.id())),
      Column.of("Date", e -> Text.date(e.date())),
      Column.of("Category", e -> e.category().value()),
      Column.of("Project", e -> e.project().linkName()),
      Column.of("Actor", e -> Text.user(e.actor())),
      Column.flexible("Subject", EventsCommand::subject));

  private EventsCommand() {}

  /** What an event is about, from its payload: {@code patch 12 (name), current_state=accepted}. */
  static String subject(Event e) {
    JsonNode payload = Printer.mapper().valueToTree(e).path("payload");
    StringJoiner j = new StringJoiner(", ");
    for (Map.Entry<String, JsonNode> f : payload.properties()) {
      JsonNode v = f.getValue();
      if (v.isObject() && v.has("id")) {
        String label = v.hasNonNull("name") ? v.get("name").asText()
            : v.hasNonNull("context") ? v.get("context").asText() + " " + v.path("state").asText()
            : v.hasNonNull("username") ? v.get("username").asText() : "";
        j.add(f.getKey() + " " + v.get("id").asText() + (label.isEmpty() ? "" : " (" + label + ")"));
      } else if (v.isTextual()) {
        j.add(f.getKey() + "=" + v.asText());
      }
    }
    return j.toString();
  }

  static final class Follow extends Leaf {

    private final OptionSpec cursorOption = Specs.option("--cursor", "FILE", Path.class,
        "Where the position is kept.").toBuilder().required(true).build();
    private final OptionSpec categoryOption = Specs.repeatable("--category", "CATEGORY",
        "Only events of this category (repeatable), such as patch-created, check-created.");
    private final OptionSpec sinceOption = Specs.option("--since", "DATETIME", String.class,
        "Where to start when FILE does not exist yet (server time).");
    private final OptionSpec onceOption = Specs.flag("--once", "Poll once and exit.");
    private final OptionSpec intervalOption = Specs.option("--interval", "SECONDS", long.class,
        "Seconds between polls (default: ${DEFAULT-VALUE}).").toBuilder().defaultValue("30").build();

    private Path cursorFile;
    private String since;
    private final Object wake = new Object();
    private volatile boolean stopping;

    @Override
    CommandSpec define() {
      return Specs.command(this, "follow", new String[] {
            "Print each new event, oldest first, and keep the position in the cursor FILE (replaced"
                + " atomically after each batch), so the next run goes on where this one stopped:"
                + " no event twice, none missed.",
            "Without FILE present, starts after the newest event (or at --since). Without --once,"
                + " polls every --interval until Ctrl-C or SIGTERM (a cancelled CI job), which let the current"
                + " poll finish and save the cursor."
          },
              "pw4j --project alpha events follow --cursor ci.cursor --once --format json",
              "pw4j events follow --cursor bot.cursor --category patch-created --interval 60")
          .addOption(cursorOption).addOption(categoryOption).addOption(sinceOption).addOption(onceOption)
          .addOption(intervalOption);
    }

    @Override
    public Integer call() throws InterruptedException {
      cursorFile = cursorOption.getValue();
      since = sinceOption.getValue();
      List<String> categories = categoryOption.getValue() == null ? List.of() : categoryOption.getValue();
      boolean once = onceOption.getValue();
      long intervalSeconds = intervalOption.getValue();
      if (intervalSeconds < 1) {
        throw UserError.usage("--interval: must be at least 1 second", null);
      }
      Pw4j app = app();
      Set<EventCategory> wanted = new LinkedHashSet<>();
      categories.forEach(c -> wanted.add(EventCategory.of(c)));
      EventQuery.Builder q = EventQuery.builder();
      String project = app.project();
      if (project != null) {
        if (Text.isId(project)) {
          q.project(Long.parseLong(project));
        } else {
          q.project(project);
        }
      }
      if (wanted.size() == 1) {
        q.category(wanted.iterator().next());
      }
      EventQuery query = q.build();
      BlockingPatchworkClient pw = app.client();
      EventCursor cursor = java.nio.file.Files.exists(cursorFile) ? read() : start(pw, q);
      Printer printer = app.printer();
      printer.streamStart(ROW);
      if (once) {
        poll(pw, query, cursor, wanted, printer);
        return ExitCodes.OK;
      }
      CountDownLatch finished = new CountDownLatch(1);
      Thread hook = new Thread(() -> {
        stopping = true;
        synchronized (wake) {
          wake.notifyAll();
        }
        try {
          finished.await(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "pw4j-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        while (!stopping) {
          cursor = poll(pw, query, cursor, wanted, printer);
          synchronized (wake) {
            if (!stopping) {
              wake.wait(Duration.ofSeconds(intervalSeconds).toMillis());
            }
          }
        }
        app.err().println("pw4j: stopped; the cursor in " + cursorFile + " is saved");
        return ExitCodes.INTERRUPTED;
      } finally {
        finished.countDown();
      }
    }

    private EventCursor poll(BlockingPatchworkClient pw, EventQuery query, EventCursor cursor,
        Set<EventCategory> wanted, Printer printer) {
      EventBatch batch = pw.events().poll(query, cursor);
      for (Event e : batch.events()) {
        if (wanted.size() <= 1 || wanted.contains(e.category())) {
          printer.streamItem(e, ROW);
        }
      }
      Files.writeAtomically(cursorFile, (batch.cursor().asString() + "\n").getBytes(StandardCharsets.US_ASCII));
      return batch.cursor();
    }

    private EventCursor read() {
      String text = Files.read(cursorFile);
      try {
        return EventCursor.parse(text);
      } catch (IllegalArgumentException e) {
        throw UserError.local(cursorFile + " is not a pw4j event cursor: " + e.getMessage()
            + " (delete it to start again after the newest event)");
      }
    }

    /** The first cursor: at --since, else after the newest event the query matches. */
    private EventCursor start(BlockingPatchworkClient pw, EventQuery.Builder q) {
      if (since != null) {
        return EventCursor.startingAt(Text.parseDate("--since", since));
      }
      List<Event> newest = pw.events().list(q.orderByDescending(EventQuery.Order.DATE).pageSize(1).build())
          .firstPage().join().items();
      return newest.isEmpty()
          ? EventCursor.startingAt(LocalDateTime.of(1970, 1, 1, 0, 0))
          : EventCursor.after(newest.get(0));
    }
  }
}
