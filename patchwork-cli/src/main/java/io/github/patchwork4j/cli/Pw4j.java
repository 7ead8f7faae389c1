package io.github.patchwork4j.cli;

import io.github.patchwork4j.client.BlockingPatchworkClient;
import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.client.RequestEvent;
import java.io.PrintStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The {@code pw4j} command: the options every subcommand shares, and what a run works with
 * (streams, environment, the client, built when first needed).
 */
final class Pw4j {

  /**
   * The commands, by group, in the order help lists them. {@link Main} adds to the model only
   * the group and the command a command line uses, or all of a group's commands, or everything,
   * for help and mistakes.
   */
  static final Map<String, List<String>> COMMANDS = commands();

  private static Map<String, List<String>> commands() {
    Map<String, List<String>> c = new LinkedHashMap<>();
    c.put("patch", List.of("list", "show", "update", "download"));
    c.put("series", List.of("list", "show", "download"));
    c.put("bundle", List.of("list", "show", "download"));
    c.put("check", List.of("list", "report"));
    c.put("events", List.of("follow"));
    return Collections.unmodifiableMap(c);
  }

  /**
   * A group's model, without its commands.
   *
   * @param group a key of {@link #COMMANDS}
   * @return the group's model
   */
  static CommandSpec group(String group) {
    switch (group) {
      case "patch":
        return Specs.command(null, "patch", "List, show, update and download patches.",
            "pw4j patch list --state new --limit 20");
      case "series":
        return Specs.command(null, "series", "List, show and download series.", "pw4j series show 4321");
      case "bundle":
        return Specs.command(null, "bundle", "List, show and download bundles.", "pw4j bundle list --owner maint");
      case "check":
        return Specs.command(null, "check",
            "List the checks of a patch, and report a CI result on a patch or a whole series.",
            "pw4j check report 12345 --context ci-build --state success");
      case "events":
        return Specs.command(null, "events",
            "Follow the server's events (new patches, state changes, checks, ...).",
            "pw4j events follow --cursor .pw4j-cursor --once");
      default:
        throw new IllegalArgumentException("no command group " + group);
    }
  }

  /**
   * A new command of a group.
   *
   * @param group a key of {@link #COMMANDS}
   * @param name one of the group's commands
   * @return the command, not yet run
   */
  static Leaf command(String group, String name) {
    switch (group + " " + name) {
      case "patch list":
        return new PatchCommand.ListPatches();
      case "patch show":
        return new PatchCommand.ShowPatch();
      case "patch update":
        return new PatchCommand.UpdatePatches();
      case "patch download":
        return new PatchCommand.DownloadPatch();
      case "series list":
        return new SeriesCommand.ListSeries();
      case "series show":
        return new SeriesCommand.ShowSeries();
      case "series download":
        return new SeriesCommand.DownloadSeries();
      case "bundle list":
        return new BundleCommand.ListBundles();
      case "bundle show":
        return new BundleCommand.ShowBundle();
      case "bundle download":
        return new BundleCommand.DownloadBundle();
      case "check list":
        return new CheckCommand.ListChecks();
      case "check report":
        return new CheckCommand.ReportCheck();
      case "events follow":
        return new EventsCommand.Follow();
      default:
        throw new IllegalArgumentException("no command " + group + " " + name);
    }
  }

  /** The top-level options that take a value (their value is not a command name). */
  private static final java.util.Set<String> VALUED =
      java.util.Set.of("--url", "--token", "--username", "--password", "--project", "--format");

  /**
   * The command a command line names: its first two arguments that are not options or the
   * value of a top-level option.
   *
   * @param args the command line
   * @return the group and the command's name; the group is null when there is none (help,
   *     version, a mistake), the command is null when the group is followed by no known command
   */
  static String[] command(String[] args) {
    String group = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (VALUED.contains(a)) {
        i++;
      } else if (!a.startsWith("-")) {
        if (group != null) {
          return new String[] {group, COMMANDS.get(group).contains(a) ? a : null};
        }
        if (!COMMANDS.containsKey(a)) {
          break;
        }
        group = a;
      }
    }
    return new String[] {group, null};
  }

  private final OptionSpec url = inherited(Specs.option("--url", "URL", String.class,
      "Patchwork site or API URL (env PW_URL, git config pw.server)."));
  private final OptionSpec token = inherited(Specs.option("--token", "TOKEN", String.class,
      "API token (env PW_TOKEN, git config pw.token). Never printed."));
  private final OptionSpec username = inherited(Specs.option("--username", "USER", String.class,
      "User for HTTP Basic authentication instead of a token (env PW_USERNAME, git config pw.username)."));
  private final OptionSpec password = inherited(Specs.option("--password", "PASSWORD", String.class,
      "Password for --username (env PW_PASSWORD, git config pw.password)."));
  private final OptionSpec project = inherited(Specs.option("--project", "PROJECT", String.class,
      "Project link name or id for lists (env PW_PROJECT, git config pw.project)."));
  private final OptionSpec format = OptionSpec.builder("--format").paramLabel("FORMAT").type(Format.class)
      .defaultValue("table").converters(new FormatConverter()).scopeType(ScopeType.INHERIT)
      .description("table, csv or json (default: ${DEFAULT-VALUE}).").build();
  private final OptionSpec debug = inherited(Specs.flag("--debug",
      "Show each HTTP request on stderr, and the stack trace of a failure."));

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final GitConfig git;
  private final Terminal terminal;
  private Settings settings;
  private PatchworkClient client;
  private Progress progress;

  Pw4j(PrintStream out, PrintStream err, Map<String, String> env, GitConfig git, Terminal terminal) {
    this.out = out;
    this.err = err;
    this.env = env;
    this.git = git;
    this.terminal = terminal;
  }

  private static OptionSpec inherited(OptionSpec option) {
    return option.toBuilder().scopeType(ScopeType.INHERIT).build();
  }

  /**
   * The model of {@code pw4j} itself: its help and the options every command shares.
   *
   * @return the model, without commands
   */
  CommandSpec spec() {
    CommandSpec spec = Specs.command(this, "pw4j", new String[] {
      "Patchwork from a shell or a CI pipeline: list, show, update and download patches, series"
          + " and bundles, report checks, follow events.",
      "",
      "Where it talks to, first found wins: --url/--token/--project; the environment PW_URL,"
          + " PW_TOKEN, PW_PROJECT (PW_USERNAME, PW_PASSWORD); git config pw.server, pw.token,"
          + " pw.project (pw.username, pw.password) as git-pw reads them. A URL ending in"
          + " /api/1.x/ uses that API version."
    }, "pw4j --url https://patchwork.example.org --project alpha patch list --state new");
    String[] footer = spec.usageMessage().footer();
    String[] withCodes = java.util.Arrays.copyOf(footer, footer.length + 2);
    withCodes[footer.length] = "";
    withCodes[footer.length + 1] = ExitCodes.HELP;
    spec.usageMessage().footer(withCodes).autoWidth(true);
    spec.versionProvider(new Version());
    spec.addOption(url);
    spec.addOption(token);
    spec.addOption(username);
    spec.addOption(password);
    spec.addOption(project);
    spec.addOption(format);
    spec.addOption(debug);
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).scopeType(ScopeType.INHERIT)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).scopeType(ScopeType.INHERIT)
        .description("Print version information and exit.").build());
    return spec;
  }

  /** Whether {@code --debug} was given. */
  boolean debug() {
    return Boolean.TRUE.equals(debug.getValue());
  }

  /** Prints results on stdout in the chosen format. */
  Printer printer() {
    return new Printer(out, format.getValue(), terminal);
  }

  /** Standard output, for downloads written to {@code -}. */
  PrintStream out() {
    return out;
  }

  /** Standard error: messages about what happened (not results). */
  PrintStream err() {
    return err;
  }

  /** Progress on stderr, shown only to a person at a terminal. */
  Progress progress() {
    if (progress == null) {
      progress = new Progress(err, terminal.interactive());
    }
    return progress;
  }

  /** The project to list in, or null for every project. */
  String project() {
    return settings().project();
  }

  private Settings settings() {
    if (settings == null) {
      settings = Settings.resolve(new Settings(url.getValue(), token.getValue(), username.getValue(),
          password.getValue(), project.getValue()), env, git);
    }
    return settings;
  }

  /** The client for the configured server, built on first use. */
  BlockingPatchworkClient client() {
    if (client == null) {
      client = build(settings()).build();
    }
    return client.blocking();
  }

  private PatchworkClient.Builder build(Settings s) {
    if (s.url() == null) {
      throw UserError.usage("no Patchwork server configured",
          "Pass --url, set PW_URL, or run: git config pw.server https://patchwork.example.org/api/1.3/");
    }
    PatchworkClient.Builder b = PatchworkClient.builder();
    try {
      b.baseUrl(s.url());
    } catch (IllegalArgumentException e) {
      throw UserError.usage("the server URL is not usable: " + e.getMessage(),
          "Give the site's URL, such as https://patchwork.example.org or .../api/1.3/");
    }
    if (s.token() != null) {
      b.token(s.token());
    } else if (s.username() != null) {
      if (s.password() == null) {
        throw UserError.usage("a user name was given without a password",
            "Pass --password, set PW_PASSWORD or git config pw.password (or use a token).");
      }
      b.basicAuth(s.username(), s.password());
    }
    b.requestListener(this::onRequest);
    return b;
  }

  private void onRequest(RequestEvent e) {
    if (debug()) {
      err.println("pw4j: " + e.method() + " " + e.uri() + " -> "
          + (e.status().isPresent() ? e.status().getAsInt() : "no answer")
          + " (" + e.latency().toMillis() + " ms" + (e.attempt() > 1 ? ", attempt " + e.attempt() : "") + ")");
    } else if ("GET".equals(e.method()) && e.status().isPresent() && e.status().getAsInt() / 100 == 2) {
      progress().page();
    }
  }

  /** Closes the client, if one was built. */
  void close() {
    if (progress != null) {
      progress.done();
    }
    if (client != null) {
      client.close();
    }
  }

  /** {@code pw4j --version}: the version in the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Pw4j.class.getPackage().getImplementationVersion();
      return new String[] {"pw4j " + (v == null ? "(development build)" : v)};
    }
  }

  /** Reads {@code --format} case-insensitively. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "'" + value + "' is not a format; use table, csv or json");
    }
  }
}
