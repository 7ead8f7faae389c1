package io.github.patchwork4j.cli;

import io.github.patchwork4j.client.BlockingPatchworkClient;
import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.client.RequestEvent;
import java.io.PrintStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code pw4j} command: the options every subcommand shares, and what a run works with
 * (streams, environment, the client, built when first needed).
 */
@Command(
    name = "pw4j",
    addMethodSubcommands = false,
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    versionProvider = Pw4j.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Patchwork from a shell or a CI pipeline: list, show, update and download patches, series"
          + " and bundles, report checks, follow events.",
      "",
      "Where it talks to, first found wins: --url/--token/--project; the environment PW_URL,"
          + " PW_TOKEN, PW_PROJECT (PW_USERNAME, PW_PASSWORD); git config pw.server, pw.token,"
          + " pw.project (pw.username, pw.password) as git-pw reads them. A URL ending in"
          + " /api/1.x/ uses that API version."
    },
    footer = {
      "",
      "Example:",
      "  pw4j --url https://patchwork.example.org --project alpha patch list --state new",
      "",
      ExitCodes.HELP
    })
final class Pw4j {

  /**
   * The commands, by group and name. {@link Main} adds to the model only the group and the
   * command a command line uses (picocli builds every added command's model by reflection at
   * start-up), or all of a group's commands, or everything, for help and mistakes.
   */
  static final Map<String, Map<String, Class<?>>> COMMANDS = commands();

  /** The group commands, by name. */
  static final Map<String, Class<?>> GROUPS = Map.of(
      "patch", PatchCommand.class,
      "series", SeriesCommand.class,
      "bundle", BundleCommand.class,
      "check", CheckCommand.class,
      "events", EventsCommand.class);

  private static Map<String, Map<String, Class<?>>> commands() {
    Map<String, Map<String, Class<?>>> c = new LinkedHashMap<>();
    c.put("patch", leaves(
        "list", PatchCommand.ListPatches.class,
        "show", PatchCommand.ShowPatch.class,
        "update", PatchCommand.UpdatePatches.class,
        "download", PatchCommand.DownloadPatch.class));
    c.put("series", leaves(
        "list", SeriesCommand.ListSeries.class,
        "show", SeriesCommand.ShowSeries.class,
        "download", SeriesCommand.DownloadSeries.class));
    c.put("bundle", leaves(
        "list", BundleCommand.ListBundles.class,
        "show", BundleCommand.ShowBundle.class,
        "download", BundleCommand.DownloadBundle.class));
    c.put("check", leaves(
        "list", CheckCommand.ListChecks.class,
        "report", CheckCommand.ReportCheck.class));
    c.put("events", leaves(
        "follow", EventsCommand.Follow.class));
    return Collections.unmodifiableMap(c);
  }

  private static Map<String, Class<?>> leaves(Object... nameThenType) {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    for (int i = 0; i < nameThenType.length; i += 2) {
      m.put((String) nameThenType[i], (Class<?>) nameThenType[i + 1]);
    }
    return Collections.unmodifiableMap(m);
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
          return new String[] {group, COMMANDS.get(group).containsKey(a) ? a : null};
        }
        if (!COMMANDS.containsKey(a)) {
          break;
        }
        group = a;
      }
    }
    return new String[] {group, null};
  }

  @Option(names = "--url", scope = ScopeType.INHERIT, paramLabel = "URL",
      description = "Patchwork site or API URL (env PW_URL, git config pw.server).")
  String url;

  @Option(names = "--token", scope = ScopeType.INHERIT, paramLabel = "TOKEN",
      description = "API token (env PW_TOKEN, git config pw.token). Never printed.")
  String token;

  @Option(names = "--username", scope = ScopeType.INHERIT, paramLabel = "USER",
      description = "User for HTTP Basic authentication instead of a token (env PW_USERNAME, git config pw.username).")
  String username;

  @Option(names = "--password", scope = ScopeType.INHERIT, paramLabel = "PASSWORD",
      description = "Password for --username (env PW_PASSWORD, git config pw.password).")
  String password;

  @Option(names = "--project", scope = ScopeType.INHERIT, paramLabel = "PROJECT",
      description = "Project link name or id for lists (env PW_PROJECT, git config pw.project).")
  String project;

  @Option(names = "--format", scope = ScopeType.INHERIT, paramLabel = "FORMAT", defaultValue = "table",
      converter = FormatConverter.class,
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Show each HTTP request on stderr, and the stack trace of a failure.")
  boolean debug;

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

  /** Prints results on stdout in the chosen format. */
  Printer printer() {
    return new Printer(out, format, terminal);
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
      settings = Settings.resolve(new Settings(url, token, username, password, project), env, git);
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
    b.sslContext(NoTls.enough(s.url()) ? NoTls.context() : LazyTrust.context());
    b.requestListener(this::onRequest);
    return b;
  }

  private void onRequest(RequestEvent e) {
    if (debug) {
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
