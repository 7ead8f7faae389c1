package io.github.patchwork4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What {@code pw4j} knows about where its output goes.
 *
 * @param interactive true when a person is watching stderr (a terminal): progress is shown there
 * @param columns the width tables fit into; 0 for no limit (output to a pipe or file)
 */
public record Terminal(boolean interactive, int columns) {

  /** Output to pipes or files: no progress, tables never truncated. */
  public static final Terminal NONE = new Terminal(false, 0);

  /**
   * Detects this process's terminal. Progress is shown when stderr is a terminal (on Linux, file
   * descriptor 2 leads to a terminal device; elsewhere, when the JVM has a console: stdin and
   * stdout are terminals). Tables fit a width when stdout is a terminal: {@code COLUMNS}, else
   * {@code stty}'s, else 80.
   *
   * @param env the environment
   * @return the terminal, or {@link #NONE} when neither stdout nor stderr is a terminal
   */
  static Terminal detect(Map<String, String> env) {
    boolean console = System.console() != null;
    boolean progress = stderrIsTerminal(console);
    if (!console) {
      return progress ? new Terminal(true, 0) : NONE;
    }
    int columns = parseWidth(env.get("COLUMNS"));
    if (columns <= 0) {
      columns = sttyWidth();
    }
    return new Terminal(progress, columns > 0 ? columns : 80);
  }

  /** Whether stderr is a terminal, as far as Java 17 can tell without native code. */
  private static boolean stderrIsTerminal(boolean console) {
    try {
      Path fd = Path.of("/proc/self/fd/2");
      if (java.nio.file.Files.isSymbolicLink(fd)) {
        String target = java.nio.file.Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or no /proc: fall back on the console
    }
    return console;
  }

  private static int parseWidth(String text) {
    try {
      return text == null ? 0 : Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int sttyWidth() {
    try {
      Process p = new ProcessBuilder("stty", "size")
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/tty")))
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      String answer;
      try (InputStream in = p.getInputStream()) {
        answer = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      }
      if (!p.waitFor(2, TimeUnit.SECONDS)) {
        p.destroy();
        return 0;
      }
      String[] parts = answer.split("\\s+");
      return parts.length == 2 ? parseWidth(parts[1]) : 0;
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }
}
