package io.github.patchwork4j.cli;

import io.github.patchwork4j.client.BundleQuery;
import io.github.patchwork4j.model.Bundle;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pw4j bundle}: list, show and download bundles. */
@Command(
    name = "bundle",
    addMethodSubcommands = false,
    description = "List, show and download bundles.",
    footer = {"", "Example:", "  pw4j bundle list --owner maint"})
final class BundleCommand {

  static final List<Column<Bundle>> ROW = List.of(
      Column.of("ID", b -> String.valueOf(b.id())),
      Column.of("Owner", b -> b.owner().username()),
      Column.of("Project", b -> b.project().linkName()),
      Column.of("Public", b -> b.isPublic() ? "yes" : "no"),
      Column.of("Patches", b -> String.valueOf(b.patches().size())),
      Column.flexible("Name", Bundle::name));

  static final List<Column<Bundle>> DETAIL = List.of(
      Column.of("ID", b -> String.valueOf(b.id())),
      Column.of("Name", Bundle::name),
      Column.of("Owner", b -> b.owner().username()),
      Column.of("Project", b -> b.project().linkName()),
      Column.of("Public", b -> b.isPublic() ? "yes" : "no"),
      Column.of("Patches", b -> b.patches().stream().map(p -> p.id() + " " + p.name())
          .collect(Collectors.joining("\n"))),
      Column.of("URL", b -> b.webUrl().map(String::valueOf).orElse(String.valueOf(b.url()))),
      Column.of("Mbox", b -> String.valueOf(b.mbox())));

  private BundleCommand() {}

  @Command(name = "list", addMethodSubcommands = false, description = "List bundles (public ones, and your own): every page unless --limit.",
      footer = {"", "Example:", "  pw4j --project alpha bundle list --format csv"})
  static final class ListBundles extends Leaf {

    @Option(names = "--owner", paramLabel = "USERNAME|ID", description = "Only bundles of this user.")
    String owner;

    @Option(names = "--limit", paramLabel = "N", description = "At most N bundles.")
    Integer limit;

    @Override
    public Integer call() {
      Pw4j app = app();
      BundleQuery.Builder q = BundleQuery.builder();
      String project = app.project();
      if (project != null) {
        if (Text.isId(project)) {
          q.project(Long.parseLong(project));
        } else {
          q.project(project);
        }
      }
      if (owner != null) {
        if (Text.isId(owner)) {
          q.owner(Long.parseLong(owner));
        } else {
          q.owner(owner);
        }
      }
      Iterator<Bundle> items = Lists.limited(app, "bundles", limit, q::pageSize, () -> app.client().bundles().list(q.build()));
      app.printer().list(items, ROW);
      return ExitCodes.OK;
    }
  }

  @Command(name = "show", addMethodSubcommands = false, description = "Show one bundle and its patches.",
      footer = {"", "Example:", "  pw4j bundle show 7"})
  static final class ShowBundle extends Leaf {

    @Parameters(paramLabel = "ID", description = "The bundle's id.")
    long id;

    @Override
    public Integer call() {
      Pw4j app = app();
      app.printer().item(app.client().bundles().get(id), DETAIL);
      return ExitCodes.OK;
    }
  }

  @Command(name = "download", addMethodSubcommands = false, description = "Write a bundle's patches as one mbox file, exactly as the server serves it.",
      footer = {"", "Example:", "  pw4j bundle download 7 bundle.mbox"})
  static final class DownloadBundle extends Leaf {

    @Parameters(index = "0", paramLabel = "ID", description = "The bundle's id.")
    long id;

    @Parameters(index = "1", paramLabel = "FILE", description = "Where to write it; - for stdout.")
    String file;

    @Override
    public Integer call() {
      Pw4j app = app();
      Files.save(app.client().downloads().bundleMbox(id), file, "bundle " + id, app);
      return ExitCodes.OK;
    }
  }
}
