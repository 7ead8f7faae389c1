package io.github.patchwork4j.cli;

import io.github.patchwork4j.client.BlockingPatchworkClient;
import io.github.patchwork4j.client.BulkResult;
import io.github.patchwork4j.client.PatchQuery;
import io.github.patchwork4j.client.PatchUpdate;
import io.github.patchwork4j.client.UserQuery;
import io.github.patchwork4j.client.error.PatchworkException;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.PatchState;
import io.github.patchwork4j.model.User;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code pw4j patch}: list, show, update and download patches. */
final class PatchCommand {

  static final List<Column<Patch>> ROW = List.of(
      Column.of("ID", p -> String.valueOf(p.id())),
      Column.of("Date", p -> Text.date(p.date())),
      Column.of("State", p -> p.state().slug()),
      Column.of("Archived", p -> p.archived() ? "yes" : "no"),
      Column.of("Delegate", p -> Text.user(p.delegate())),
      Column.of("Submitter", p -> Text.person(p.submitter())),
      Column.flexible("Name", Patch::name));

  static final List<Column<Patch>> DETAIL = List.of(
      Column.of("ID", p -> String.valueOf(p.id())),
      Column.of("Name", Patch::name),
      Column.of("Message ID", Patch::msgid),
      Column.of("Date", p -> Text.date(p.date())),
      Column.of("Submitter", p -> Text.person(p.submitter())),
      Column.of("Project", p -> p.project().linkName()),
      Column.of("State", p -> p.state().slug()),
      Column.of("Archived", p -> p.archived() ? "yes" : "no"),
      Column.of("Delegate", p -> Text.user(p.delegate())),
      Column.of("Commit ref", p -> Text.of(p.commitRef())),
      Column.of("Check", p -> p.check().value()),
      Column.of("Series", p -> p.series().stream()
          .map(s -> s.id() + (s.name().isPresent() ? " (" + s.name().get() + ")" : ""))
          .collect(Collectors.joining(", "))),
      Column.of("Hash", p -> Text.of(p.hash())),
      Column.of("URL", p -> p.webUrl().map(String::valueOf).orElse(String.valueOf(p.url()))),
      Column.of("Mbox", p -> String.valueOf(p.mbox())));

  private PatchCommand() {}

  static final class ListPatches extends Leaf {

    private final OptionSpec stateOption = Specs.repeatable("--state", "STATE",
        "Only this state (repeatable), such as new, under-review, accepted.");
    private final OptionSpec submitterOption = Specs.option("--submitter", "EMAIL|ID", String.class,
        "Only patches from this person.");
    private final OptionSpec delegateOption = Specs.option("--delegate", "USERNAME|ID", String.class,
        "Only patches delegated to this user.");
    private final OptionSpec archivedOption = Specs.flag("--archived", "Include archived patches.");
    private final OptionSpec seriesOption = Specs.option("--series", "ID", Long.class, "Only patches of this series.");
    private final OptionSpec hashOption = Specs.option("--hash", "HASH", String.class,
        "Only patches with this diff hash.");
    private final OptionSpec msgidOption = Specs.option("--msgid", "MSGID", String.class,
        "Only the patch with this Message-ID.");
    private final OptionSpec sinceOption = Specs.option("--since", "DATETIME", String.class,
        "Only patches dated at or after this (server time), such as 2024-05-01.");
    private final OptionSpec limitOption = Specs.option("--limit", "N", Integer.class,
        "At most N patches (newest pages are not preferred: server order).");

    @Override
    CommandSpec define() {
      return Specs.command(this, "list",
              "List patches: every page unless --limit. Without --archived, archived patches are left out.",
              "pw4j --project alpha patch list --state new --state under-review --format csv")
          .addOption(stateOption).addOption(submitterOption).addOption(delegateOption).addOption(archivedOption)
          .addOption(seriesOption).addOption(hashOption).addOption(msgidOption).addOption(sinceOption)
          .addOption(limitOption);
    }

    @Override
    public Integer call() {
      List<String> states = stateOption.getValue() == null ? List.of() : stateOption.getValue();
      String submitter = submitterOption.getValue();
      String delegate = delegateOption.getValue();
      boolean archived = archivedOption.getValue();
      Long series = seriesOption.getValue();
      String hash = hashOption.getValue();
      String msgid = msgidOption.getValue();
      String since = sinceOption.getValue();
      Integer limit = limitOption.getValue();
      Pw4j app = app();
      PatchQuery.Builder q = PatchQuery.builder();
      String project = app.project();
      if (project != null) {
        if (Text.isId(project)) {
          q.project(Long.parseLong(project));
        } else {
          q.project(project);
        }
      }
      if (!states.isEmpty()) {
        PatchState[] wanted = states.stream().map(PatchState::of).toArray(PatchState[]::new);
        for (PatchState s : wanted) {
          if (!s.isKnown()) {
            // The server answers an empty list for a state it does not have, without an error.
            app.err().println("pw4j: warning: '" + s.slug() + "' is not one of Patchwork's standard states;"
                + " a server without it lists nothing");
          }
        }
        q.state(wanted);
      }
      if (submitter != null) {
        if (Text.isId(submitter)) {
          q.submitter(Long.parseLong(submitter));
        } else {
          q.submitter(submitter);
        }
      }
      if (delegate != null) {
        if (Text.isId(delegate)) {
          q.delegate(Long.parseLong(delegate));
        } else {
          q.delegate(delegate);
        }
      }
      if (!archived) {
        q.archived(false);
      }
      if (series != null) {
        q.series(series);
      }
      if (hash != null) {
        q.hash(hash);
      }
      if (msgid != null) {
        q.msgid(msgid);
      }
      if (since != null) {
        q.since(Text.parseDate("--since", since));
      }
      Iterator<Patch> items = Lists.limited(app, "patches", limit, n -> q.pageSize(n),
          () -> app.client().patches().list(q.build()));
      app.printer().list(items, ROW);
      return ExitCodes.OK;
    }
  }

  static final class ShowPatch extends Leaf {

    private final PositionalParamSpec idParameter = Specs.parameter("0", "ID", long.class, "The patch's id.");

    @Override
    CommandSpec define() {
      return Specs.command(this, "show", "Show one patch.", "pw4j patch show 12345 --format json")
          .addPositional(idParameter);
    }

    @Override
    public Integer call() {
      long id = idParameter.getValue();
      Pw4j app = app();
      app.printer().item(app.client().patches().get(id), DETAIL);
      return ExitCodes.OK;
    }
  }

  static final class UpdatePatches extends Leaf {

    private final PositionalParamSpec idsParameter = PositionalParamSpec.builder().index("0..*").arity("1..*")
        .required(true).paramLabel("ID").type(List.class).auxiliaryTypes(Long.class)
        .description("The patches' ids.").build();
    private final OptionSpec stateOption = Specs.option("--state", "STATE", String.class,
        "The new state, such as accepted.");
    private final OptionSpec delegateOption = Specs.option("--delegate", "USERNAME|ID|none", String.class,
        "The new delegate; none removes it.");
    private final OptionSpec archivedOption = OptionSpec.builder("--archived").paramLabel("true|false").arity("1")
        .type(Boolean.class).description("Archive or unarchive.").build();
    private final OptionSpec commitRefOption = Specs.option("--commit-ref", "REF", String.class,
        "The commit the patch was applied as.");

    @Override
    CommandSpec define() {
      return Specs.command(this, "update", new String[] {
            "Change the state, delegate, archived flag or commit ref of one or more patches.",
            "With several ids the patches are updated concurrently; each failure gets a line on stderr."
          }, "pw4j patch update 12345 12346 --state accepted --commit-ref 1a2b3c4d")
          .addPositional(idsParameter).addOption(stateOption).addOption(delegateOption).addOption(archivedOption)
          .addOption(commitRefOption);
    }

    @Override
    public Integer call() {
      List<Long> ids = idsParameter.getValue();
      String state = stateOption.getValue();
      String delegate = delegateOption.getValue();
      Boolean archived = archivedOption.getValue();
      String commitRef = commitRefOption.getValue();
      if (state == null && delegate == null && archived == null && commitRef == null) {
        throw UserError.usage("nothing to change",
            "Give at least one of --state, --delegate, --archived, --commit-ref.");
      }
      Pw4j app = app();
      BlockingPatchworkClient pw = app.client();
      PatchUpdate.Builder u = PatchUpdate.builder();
      if (state != null) {
        u.state(PatchState.of(state));
      }
      if (delegate != null) {
        if (delegate.equalsIgnoreCase("none")) {
          u.clearDelegate();
        } else {
          u.delegate(userId(pw, delegate));
        }
      }
      if (archived != null) {
        u.archived(archived);
      }
      if (commitRef != null) {
        u.commitRef(commitRef);
      }
      PatchUpdate update = u.build();
      List<Long> distinct = ids.stream().distinct().collect(Collectors.toList());
      if (distinct.size() == 1) {
        Patch p = pw.patches().update(distinct.get(0), update);
        app.printer().list(List.of(p).iterator(), ROW);
        return ExitCodes.OK;
      }
      BulkResult<Patch> result = pw.patches().updateAll(distinct, update);
      Map<Long, Patch> done = new TreeMap<>();
      done.putAll(result.succeeded());
      app.printer().list(done.values().iterator(), ROW);
      return Lists.reportFailures(app, "patch", result.failed());
    }

    private static long userId(BlockingPatchworkClient pw, String user) {
      if (Text.isId(user)) {
        return Long.parseLong(user);
      }
      return pw.users().list(UserQuery.builder().q(user).build()).stream()
          .filter(u -> u.username().equals(user))
          .map(User::id)
          .findFirst()
          .orElseThrow(() -> new UserError(ExitCodes.REFUSED, "the server has no user named '" + user + "'",
              "Give the user's exact user name or id."));
    }
  }

  static final class DownloadPatch extends Leaf {

    private final PositionalParamSpec idParameter = Specs.parameter("0", "ID", long.class, "The patch's id.");
    private final PositionalParamSpec fileParameter = Specs.outputFile();

    @Override
    CommandSpec define() {
      return Specs.command(this, "download", "Write a patch as an mbox file, exactly as the server serves it.",
              "pw4j patch download 12345 - | git am -3")
          .addPositional(idParameter).addPositional(fileParameter);
    }

    @Override
    public Integer call() {
      long id = idParameter.getValue();
      String file = fileParameter.getValue();
      Pw4j app = app();
      Files.save(app.client().downloads().patchMbox(id), file, "patch " + id, app);
      return ExitCodes.OK;
    }
  }
}
