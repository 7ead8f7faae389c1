package io.github.patchwork4j.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The {@code pw4j} program. */
public final class Main {

  private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  private Main() {}

  /**
   * Runs {@code pw4j} with this process's streams and environment and exits with the command's
   * exit code (see {@link ExitCodes}).
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
    List<String> words = Arrays.asList(args);
    StderrLoggerFinder.verbose(words.contains("--debug"));
    GitConfig git = new GitConfig(Path.of("").toAbsolutePath());
    String[] command = Pw4j.command(args);
    if (command[1] != null && !words.contains("--help")) {
      Warmup.start(() -> serverHint(args, env, git));
    }
    int code = run(args, System.out, System.err, env, Terminal.detect(env), git);
    System.out.flush();
    stopHttpSelectors();
    System.exit(code);
  }

  /**
   * The server URL as far as the warm-up needs it (to set up TLS or not): {@code --url}, else
   * {@code PW_URL}, else git's {@code pw.server}. {@link Settings} decides for real.
   */
  private static String serverHint(String[] args, Map<String, String> env, GitConfig git) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--url") && i + 1 < args.length) {
        return args[i + 1];
      }
      if (args[i].startsWith("--url=")) {
        return args[i].substring(6);
      }
    }
    String fromEnv = env.get("PW_URL");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv;
    }
    return git.get("server").orElse(null);
  }

  /**
   * Lets the JDK's HTTP client threads end before the JVM exits. On JDK 17 {@code
   * java.net.http.HttpClient} has no {@code close()}: its selector thread stays blocked in native
   * code ({@code epoll_wait}) until the client is garbage collected, and HotSpot's exit waits for
   * threads in native code to stop, 300 ms at most, which a short command paid in full. The
   * selector thread's loop ends when it is interrupted. Only for the real process exit: {@link
   * #run} never does this.
   */
  private static void stopHttpSelectors() {
    Warmup.stop();
    Thread[] threads = new Thread[Thread.activeCount() + 8];
    int n = Thread.enumerate(threads);
    for (int i = 0; i < n; i++) {
      Thread t = threads[i];
      if (t != null && t.getName().startsWith("HttpClient-") && t.getName().endsWith("-SelectorManager")) {
        t.interrupt();
        try {
          t.join(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /**
   * Runs one {@code pw4j} command line. Results go to {@code out}; messages, progress and errors
   * to {@code err}. Never calls {@code System.exit}.
   *
   * @param args the command line, without the program name
   * @param out standard output
   * @param err standard error
   * @param env the environment ({@code PW_URL}, {@code PW_TOKEN}, …)
   * @param workingDirectory where git's configuration is read ({@code git config pw.*})
   * @param terminal whether a person watches, and the width tables fit into
   * @return the exit code, one of {@link ExitCodes}
   */
  public static int run(
      String[] args, PrintStream out, PrintStream err, Map<String, String> env, Path workingDirectory,
      Terminal terminal) {
    return run(args, out, err, env, terminal, new GitConfig(workingDirectory));
  }

  private static int run(
      String[] args, PrintStream out, PrintStream err, Map<String, String> env, Terminal terminal, GitConfig git) {
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      // picocli registers converters for the java.time and java.sql types by reflection on every
      // command line, loading and initialising those classes; no pw4j option has such a type.
      System.setProperty(CONVERTER_EXCLUDES, "java\\.(time|sql)\\..*");
    }
    Pw4j app = new Pw4j(out, err, env, git, terminal);
    CommandLine cli = new CommandLine(app.spec());
    String[] command = Pw4j.command(args);
    Pw4j.COMMANDS.forEach((group, names) -> {
      if (command[0] == null || command[0].equals(group)) {
        CommandLine g = new CommandLine(Pw4j.group(group));
        for (String name : names) {
          if (command[1] == null || command[1].equals(name)) {
            g.addSubcommand(name, new CommandLine(Pw4j.command(group, name).spec()));
          }
        }
        cli.addSubcommand(group, g);
      }
    });
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(Main::usage);
    cli.setExecutionExceptionHandler((e, line, parsed) -> failure(e, app));
    try {
      return cli.execute(args);
    } finally {
      app.close();
    }
  }

  private static int usage(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("pw4j: " + e.getMessage());
    err.println("See '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return ExitCodes.USAGE;
  }

  private static int failure(Exception e, Pw4j app) {
    app.progress().done();
    Problem p = Problem.of(e);
    PrintStream err = app.err();
    if (app.debug()) {
      e.printStackTrace(err);
    }
    err.println("pw4j: " + p.what());
    if (p.hint() != null) {
      err.println("  " + p.hint());
    }
    err.flush();
    return p.exitCode();
  }
}
