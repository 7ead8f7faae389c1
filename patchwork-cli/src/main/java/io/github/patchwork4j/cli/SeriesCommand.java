package io.github.patchwork4j.cli;

import io.github.patchwork4j.client.SeriesQuery;
import io.github.patchwork4j.model.Series;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code pw4j series}: list, show and download series. */
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

  static final class ListSeries extends Leaf {

    private final OptionSpec submitterOption = Specs.option("--submitter", "EMAIL|ID", String.class,
        "Only series from this person.");
    private final OptionSpec sinceOption = Specs.option("--since", "DATETIME", String.class,
        "Only series dated at or after this (server time).");
    private final OptionSpec limitOption = Specs.option("--limit", "N", Integer.class, "At most N series.");

    @Override
    CommandSpec define() {
      return Specs.command(this, "list", "List series: every page unless --limit.",
              "pw4j --project alpha series list --since 2024-05-01 --format json")
          .addOption(submitterOption).addOption(sinceOption).addOption(limitOption);
    }

    @Override
    public Integer call() {
      String submitter = submitterOption.getValue();
      String since = sinceOption.getValue();
      Integer limit = limitOption.getValue();
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
      Iterator<Series> items = Lists.limited(app, "series", limit, q::pageSize,
          () -> app.client().series().list(q.build()));
      app.printer().list(items, ROW);
      return ExitCodes.OK;
    }
  }

  static final class ShowSeries extends Leaf {

    private final PositionalParamSpec idParameter = Specs.parameter("0", "ID", long.class, "The series' id.");

    @Override
    CommandSpec define() {
      return Specs.command(this, "show", "Show one series and its patches.", "pw4j series show 4321 --format json")
          .addPositional(idParameter);
    }

    @Override
    public Integer call() {
      long id = idParameter.getValue();
      Pw4j app = app();
      app.printer().item(app.client().series().get(id), DETAIL);
      return ExitCodes.OK;
    }
  }

  static final class DownloadSeries extends Leaf {

    private final PositionalParamSpec idParameter = Specs.parameter("0", "ID", long.class, "The series' id.");
    private final PositionalParamSpec fileParameter = Specs.outputFile();

    @Override
    CommandSpec define() {
      return Specs.command(this, "download", "Write a series as one mbox file, exactly as the server serves it.",
              "pw4j series download 4321 series.mbox && git am -3 series.mbox")
          .addPositional(idParameter).addPositional(fileParameter);
    }

    @Override
    public Integer call() {
      long id = idParameter.getValue();
      String file = fileParameter.getValue();
      Pw4j app = app();
      Files.save(app.client().downloads().seriesMbox(id), file, "series " + id, app);
      return ExitCodes.OK;
    }
  }
}
