package io.github.patchwork4j.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The {@code pw4j} program. */
public final class Main {

  private Main() {}

  /**
   * Runs {@code pw4j} with this process's streams and environment and exits with the command's
   * exit code (see {@link ExitCodes}).
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
    if (!java.util.Arrays.asList(args).contains("--debug")) {
      // The client logs retries as warnings; pw4j reports failures itself, in two lines.
      java.util.logging.LogManager.getLogManager().reset();
    }
    if (Pw4j.group(args) != null && !java.util.Arrays.asList(args).contains("--help")) {
      Warmup.start();
    }
    int code = run(args, System.out, System.err, env, Path.of("").toAbsolutePath(), Terminal.detect(env));
    System.out.flush();
    System.exit(code);
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
    Pw4j app = new Pw4j(out, err, env, workingDirectory, terminal);
    CommandLine cli = new CommandLine(app);
    String group = Pw4j.group(args);
    Pw4j.GROUPS.forEach((name, type) -> {
      if (group == null || group.equals(name)) {
        cli.addSubcommand(name, type);
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
    if (app.debug) {
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
