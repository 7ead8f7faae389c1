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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pw4j patch}: list, show, update and download patches. */
@Command(
    name = "patch",
    addMethodSubcommands = false,
    description = "List, show, update and download patches.",
    footer = {"", "Example:", "  pw4j patch list --state new --limit 20"})
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

  @Command(
      name = "list",
      addMethodSubcommands = false,
      description = "List patches: every page unless --limit. Without --archived, archived patches are left out.",
      footer = {"", "Example:", "  pw4j --project alpha patch list --state new --state under-review --format csv"})
  static final class ListPatches extends Leaf {

    @Option(names = "--state", paramLabel = "STATE", description = "Only this state (repeatable), such as new, under-review, accepted.")
    List<String> states = new ArrayList<>();

    @Option(names = "--submitter", paramLabel = "EMAIL|ID", description = "Only patches from this person.")
    String submitter;

    @Option(names = "--delegate", paramLabel = "USERNAME|ID", description = "Only patches delegated to this user.")
    String delegate;

    @Option(names = "--archived", description = "Include archived patches.")
    boolean archived;

    @Option(names = "--series", paramLabel = "ID", description = "Only patches of this series.")
    Long series;

    @Option(names = "--hash", paramLabel = "HASH", description = "Only patches with this diff hash.")
    String hash;

    @Option(names = "--msgid", paramLabel = "MSGID", description = "Only the patch with this Message-ID.")
    String msgid;

    @Option(names = "--since", paramLabel = "DATETIME", description = "Only patches dated at or after this (server time), such as 2024-05-01.")
    String since;

    @Option(names = "--limit", paramLabel = "N", description = "At most N patches (newest pages are not preferred: server order).")
    Integer limit;

    @Override
    public Integer call() {
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
      Iterator<Patch> items = Lists.limited(app, "patches", limit, n -> q.pageSize(n), () -> app.client().patches().list(q.build()));
      app.printer().list(items, ROW);
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "show",
      addMethodSubcommands = false,
      description = "Show one patch.",
      footer = {"", "Example:", "  pw4j patch show 12345 --format json"})
  static final class ShowPatch extends Leaf {

    @Parameters(paramLabel = "ID", description = "The patch's id.")
    long id;

    @Override
    public Integer call() {
      Pw4j app = app();
      app.printer().item(app.client().patches().get(id), DETAIL);
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "update",
      addMethodSubcommands = false,
      description = {
        "Change the state, delegate, archived flag or commit ref of one or more patches.",
        "With several ids the patches are updated concurrently; each failure gets a line on stderr."
      },
      footer = {"", "Example:", "  pw4j patch update 12345 12346 --state accepted --commit-ref 1a2b3c4d"})
  static final class UpdatePatches extends Leaf {

    @Parameters(paramLabel = "ID", arity = "1..*", description = "The patches' ids.")
    List<Long> ids;

    @Option(names = "--state", paramLabel = "STATE", description = "The new state, such as accepted.")
    String state;

    @Option(names = "--delegate", paramLabel = "USERNAME|ID|none", description = "The new delegate; none removes it.")
    String delegate;

    @Option(names = "--archived", paramLabel = "true|false", arity = "1", description = "Archive or unarchive.")
    Boolean archived;

    @Option(names = "--commit-ref", paramLabel = "REF", description = "The commit the patch was applied as.")
    String commitRef;

    @Override
    public Integer call() {
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

  @Command(
      name = "download",
      addMethodSubcommands = false,
      description = "Write a patch as an mbox file, exactly as the server serves it.",
      footer = {"", "Example:", "  pw4j patch download 12345 - | git am -3"})
  static final class DownloadPatch extends Leaf {

    @Parameters(index = "0", paramLabel = "ID", description = "The patch's id.")
    long id;

    @Parameters(index = "1", paramLabel = "FILE", description = "Where to write it; - for stdout.")
    String file;

    @Override
    public Integer call() {
      Pw4j app = app();
      Files.save(app.client().downloads().patchMbox(id), file, "patch " + id, app);
      return ExitCodes.OK;
    }
  }
}
