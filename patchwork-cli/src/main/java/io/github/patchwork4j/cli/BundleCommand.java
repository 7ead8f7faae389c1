package io.github.patchwork4j.cli;

import io.github.patchwork4j.client.BundleQuery;
import io.github.patchwork4j.model.Bundle;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code pw4j bundle}: list, show and download bundles. */
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

  static final class ListBundles extends Leaf {

    private final OptionSpec ownerOption = Specs.option("--owner", "USERNAME|ID", String.class,
        "Only bundles of this user.");
    private final OptionSpec limitOption = Specs.option("--limit", "N", Integer.class, "At most N bundles.");

    @Override
    CommandSpec define() {
      return Specs.command(this, "list", "List bundles (public ones, and your own): every page unless --limit.",
              "pw4j --project alpha bundle list --format csv")
          .addOption(ownerOption).addOption(limitOption);
    }

    @Override
    public Integer call() {
      String owner = ownerOption.getValue();
      Integer limit = limitOption.getValue();
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
      Iterator<Bundle> items = Lists.limited(app, "bundles", limit, q::pageSize,
          () -> app.client().bundles().list(q.build()));
      app.printer().list(items, ROW);
      return ExitCodes.OK;
    }
  }

  static final class ShowBundle extends Leaf {

    private final PositionalParamSpec idParameter = Specs.parameter("0", "ID", long.class, "The bundle's id.");

    @Override
    CommandSpec define() {
      return Specs.command(this, "show", "Show one bundle and its patches.", "pw4j bundle show 7")
          .addPositional(idParameter);
    }

    @Override
    public Integer call() {
      long id = idParameter.getValue();
      Pw4j app = app();
      app.printer().item(app.client().bundles().get(id), DETAIL);
      return ExitCodes.OK;
    }
  }

  static final class DownloadBundle extends Leaf {

    private final PositionalParamSpec idParameter = Specs.parameter("0", "ID", long.class, "The bundle's id.");
    private final PositionalParamSpec fileParameter = Specs.outputFile();

    @Override
    CommandSpec define() {
      return Specs.command(this, "download",
              "Write a bundle's patches as one mbox file, exactly as the server serves it.",
              "pw4j bundle download 7 bundle.mbox")
          .addPositional(idParameter).addPositional(fileParameter);
    }

    @Override
    public Integer call() {
      long id = idParameter.getValue();
      String file = fileParameter.getValue();
      Pw4j app = app();
      Files.save(app.client().downloads().bundleMbox(id), file, "bundle " + id, app);
      return ExitCodes.OK;
    }
  }
}
