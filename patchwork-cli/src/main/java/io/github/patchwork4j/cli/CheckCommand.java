package io.github.patchwork4j.cli;

import io.github.patchwork4j.client.BulkResult;
import io.github.patchwork4j.client.CheckReport;
import io.github.patchwork4j.client.NewCheck;
import io.github.patchwork4j.model.Check;
import io.github.patchwork4j.model.CheckState;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code pw4j check}: list a patch's checks, report a CI result. */
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

  static final class ListChecks extends Leaf {

    private final PositionalParamSpec patchParameter = Specs.parameter("0", "PATCH_ID", long.class,
        "The patch's id.");

    @Override
    CommandSpec define() {
      return Specs.command(this, "list", "List every check of a patch, oldest first.",
              "pw4j check list 12345 --format csv")
          .addPositional(patchParameter);
    }

    @Override
    public Integer call() {
      long patch = patchParameter.getValue();
      Pw4j app = app();
      app.printer().list(app.client().checks().list(patch).iterator(), ROW);
      return ExitCodes.OK;
    }
  }

  static final class ReportCheck extends Leaf {

    private final PositionalParamSpec patchParameter = PositionalParamSpec.builder().index("0").arity("0..1")
        .paramLabel("PATCH_ID").type(Long.class).description("The patch's id (or use --series).").build();
    private final OptionSpec seriesOption = Specs.option("--series", "ID", Long.class,
        "Report on every patch of this series.");
    private final OptionSpec contextOption = Specs.option("--context", "CONTEXT", String.class,
        "What was checked: a slug of letters, digits, - and _, such as ci-build.").toBuilder().required(true).build();
    private final OptionSpec stateOption = Specs.option("--state", "STATE", String.class,
        "pending, success, warning or fail.").toBuilder().required(true).build();
    private final OptionSpec targetUrlOption = Specs.option("--target-url", "URL", String.class,
        "Where the details are (the CI job's page).");
    private final OptionSpec descriptionOption = Specs.option("--description", "TEXT", String.class,
        "One line about the result.");

    @Override
    CommandSpec define() {
      return Specs.command(this, "report", new String[] {
            "Report a CI result as a check: posts only when your newest check in that context says"
                + " something else, so a rerun of the same job posts nothing. Says which happened.",
            "With --series instead of PATCH_ID, reports on every patch of the series."
          },
              "pw4j check report 12345 --context ci-build --state success --target-url \"$CI_JOB_URL\"",
              "pw4j check report --series 4321 --context ci-build --state fail --description 'build broke'")
          .addPositional(patchParameter).addOption(seriesOption).addOption(contextOption).addOption(stateOption)
          .addOption(targetUrlOption).addOption(descriptionOption);
    }

    @Override
    public Integer call() {
      Long patch = patchParameter.getValue();
      Long series = seriesOption.getValue();
      String context = contextOption.getValue();
      String state = stateOption.getValue();
      String targetUrl = targetUrlOption.getValue();
      String description = descriptionOption.getValue();
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
