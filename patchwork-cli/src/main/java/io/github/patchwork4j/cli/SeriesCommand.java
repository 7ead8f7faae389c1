package io.github.patchwork4j.cli;

import io.github.patchwork4j.client.SeriesQuery;
import io.github.patchwork4j.model.Series;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pw4j series}: list, show and download series. */
@Command(
    name = "series",
    addMethodSubcommands = false,
    description = "List, show and download series.",
    footer = {"", "Example:", "  pw4j series show 4321"})
final class SeriesCommand {

  static final List<Column<Series>> ROW = List.of(
      Column.of("ID", s -> String.valueOf(s.id())),
      Column.of("Date", s -> Text.date(s.date())),
      Column.of("Version", s -> String.valueOf(s.version())),
      Column.of("Patches", s -> s.receivedTotal() + "/" + s.total()),
      Column.of("Submitter", s -> Text.person(s.submitter())),
      Column.flexible("Name", s -> s.name().orElse("")));

  static final List<Column<Series>> DETAIL = List.of(
      Column.of("ID", s -> String.valueOf(s.id())),
      Column.of("Name", s -> s.name().orElse("")),
      Column.of("Date", s -> Text.date(s.date())),
      Column.of("Submitter", s -> Text.person(s.submitter())),
      Column.of("Project", s -> s.project().linkName()),
      Column.of("Version", s -> String.valueOf(s.version())),
      Column.of("Received", s -> s.receivedTotal() + " of " + s.total()),
      Column.of("Cover", s -> s.coverLetter().map(c -> c.id() + " " + c.name()).orElse("")),
      Column.of("Patches", s -> s.patches().stream().map(p -> p.id() + " " + p.name())
          .collect(Collectors.joining("\n"))),
      Column.of("URL", s -> s.webUrl().map(String::valueOf).orElse(String.valueOf(s.url()))),
      Column.of("Mbox", s -> String.valueOf(s.mbox())));

  private SeriesCommand() {}

  @Command(
      name = "list",
      addMethodSubcommands = false,
      description = "List series: every page unless --limit.",
      footer = {"", "Example:", "  pw4j --project alpha series list --since 2024-05-01 --format json"})
  static final class ListSeries extends Leaf {

    @Option(names = "--submitter", paramLabel = "EMAIL|ID", description = "Only series from this person.")
    String submitter;

    @Option(names = "--since", paramLabel = "DATETIME", description = "Only series dated at or after this (server time).")
    String since;

    @Option(names = "--limit", paramLabel = "N", description = "At most N series.")
    Integer limit;

    @Override
    public Integer call() {
      Pw4j app = app();
      SeriesQuery.Builder q = SeriesQuery.builder();
      String project = app.project();
      if (project != null) {
        if (Text.isId(project)) {
          q.project(Long.parseLong(project));
        } else {
          q.project(project);
        }
      }
      if (submitter != null) {
        if (Text.isId(submitter)) {
          q.submitter(Long.parseLong(submitter));
        } else {
          q.submitter(submitter);
        }
      }
      if (since != null) {
        q.since(Text.parseDate("--since", since));
      }
      Iterator<Series> items = Lists.limited(app, "series", limit, q::pageSize, () -> app.client().series().list(q.build()));
      app.printer().list(items, ROW);
      return ExitCodes.OK;
    }
  }

  @Command(name = "show", addMethodSubcommands = false, description = "Show one series and its patches.",
      footer = {"", "Example:", "  pw4j series show 4321 --format json"})
  static final class ShowSeries extends Leaf {

    @Parameters(paramLabel = "ID", description = "The series' id.")
    long id;

    @Override
    public Integer call() {
      Pw4j app = app();
      app.printer().item(app.client().series().get(id), DETAIL);
      return ExitCodes.OK;
    }
  }

  @Command(name = "download", addMethodSubcommands = false, description = "Write a series as one mbox file, exactly as the server serves it.",
      footer = {"", "Example:", "  pw4j series download 4321 series.mbox && git am -3 series.mbox"})
  static final class DownloadSeries extends Leaf {

    @Parameters(index = "0", paramLabel = "ID", description = "The series' id.")
    long id;

    @Parameters(index = "1", paramLabel = "FILE", description = "Where to write it; - for stdout.")
    String file;

    @Override
    public Integer call() {
      Pw4j app = app();
      Files.save(app.client().downloads().seriesMbox(id), file, "series " + id, app);
      return ExitCodes.OK;
    }
  }
}
