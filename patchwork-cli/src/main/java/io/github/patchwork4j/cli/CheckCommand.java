package io.github.patchwork4j.cli;

import io.github.patchwork4j.client.BulkResult;
import io.github.patchwork4j.client.CheckReport;
import io.github.patchwork4j.client.NewCheck;
import io.github.patchwork4j.model.Check;
import io.github.patchwork4j.model.CheckState;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pw4j check}: list a patch's checks, report a CI result. */
@Command(
    name = "check",
    addMethodSubcommands = false,
    description = "List the checks of a patch, and report a CI result on a patch or a whole series.",
    footer = {"", "Example:", "  pw4j check report 12345 --context ci-build --state success"})
final class CheckCommand {

  static final List<Column<Check>> ROW = List.of(
      Column.of("ID", c -> String.valueOf(c.id())),
      Column.of("Date", c -> Text.date(c.date())),
      Column.of("User", c -> c.user().username()),
      Column.of("Context", Check::context),
      Column.of("State", c -> c.state().value()),
      Column.of("Target URL", c -> Text.of(c.targetUrl())),
      Column.flexible("Description", c -> Text.of(c.description())));

  static final List<Column<Reported>> REPORTED = List.of(
      Column.of("Patch", r -> String.valueOf(r.patch())),
      Column.of("Result", r -> r.posted() ? "posted" : "unchanged"),
      Column.of("Context", r -> r.check().context()),
      Column.of("State", r -> r.check().state().value()),
      Column.of("Check", r -> String.valueOf(r.check().id())),
      Column.flexible("Target URL", r -> Text.of(r.check().targetUrl())));

  private CheckCommand() {}

  /**
   * What {@code check report} did on one patch.
   *
   * @param patch the patch's id
   * @param posted true when a check was posted, false when the same one already stood
   * @param check the check that now stands
   */
  record Reported(long patch, boolean posted, Check check) {}

  @Command(name = "list", addMethodSubcommands = false, description = "List every check of a patch, oldest first.",
      footer = {"", "Example:", "  pw4j check list 12345 --format csv"})
  static final class ListChecks extends Leaf {

    @Parameters(paramLabel = "PATCH_ID", description = "The patch's id.")
    long patch;

    @Override
    public Integer call() {
      Pw4j app = app();
      app.printer().list(app.client().checks().list(patch).iterator(), ROW);
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "report",
      addMethodSubcommands = false,
      description = {
        "Report a CI result as a check: posts only when your newest check in that context says"
            + " something else, so a rerun of the same job posts nothing. Says which happened.",
        "With --series instead of PATCH_ID, reports on every patch of the series."
      },
      footer = {"", "Examples:",
          "  pw4j check report 12345 --context ci-build --state success --target-url \"$CI_JOB_URL\"",
          "  pw4j check report --series 4321 --context ci-build --state fail --description 'build broke'"})
  static final class ReportCheck extends Leaf {

    @Parameters(paramLabel = "PATCH_ID", arity = "0..1", description = "The patch's id (or use --series).")
    Long patch;

    @Option(names = "--series", paramLabel = "ID", description = "Report on every patch of this series.")
    Long series;

    @Option(names = "--context", required = true, paramLabel = "CONTEXT", description = "What was checked: a slug of letters, digits, - and _, such as ci-build.")
    String context;

    @Option(names = "--state", required = true, paramLabel = "STATE", description = "pending, success, warning or fail.")
    String state;

    @Option(names = "--target-url", paramLabel = "URL", description = "Where the details are (the CI job's page).")
    String targetUrl;

    @Option(names = "--description", paramLabel = "TEXT", description = "One line about the result.")
    String description;

    @Override
    public Integer call() {
      if ((patch == null) == (series == null)) {
        throw UserError.usage("give either PATCH_ID or --series ID", "See 'pw4j check report --help'.");
      }
      NewCheck.Builder b = NewCheck.builder().state(CheckState.of(state)).context(context);
      if (targetUrl != null) {
        b.targetUrl(targetUrl);
      }
      if (description != null) {
        b.description(description);
      }
      NewCheck check = b.build();
      Pw4j app = app();
      if (patch != null) {
        CheckReport r = app.client().checks().report(patch, check);
        app.printer().list(List.of(new Reported(patch, r.posted(), r.check())).iterator(), REPORTED);
        return ExitCodes.OK;
      }
      BulkResult<CheckReport> result = app.client().checks().reportSeries(series, check);
      Map<Long, Reported> done = new TreeMap<>();
      result.succeeded().forEach((id, r) -> done.put(id.longValue(), new Reported(id.longValue(), r.posted(), r.check())));
      app.printer().list(done.values().iterator(), REPORTED);
      return Lists.reportFailures(app, "patch", result.failed());
    }
  }
}
