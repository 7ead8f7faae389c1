package io.github.patchwork4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What {@code pw4j} knows about where its output goes.
 *
 * @param interactive true when a person is watching (a terminal): progress is shown on stderr
 * @param columns the width tables fit into; 0 for no limit (output to a pipe or file)
 */
public record Terminal(boolean interactive, int columns) {

  /** Output to pipes or files: no progress, tables never truncated. */
  public static final Terminal NONE = new Terminal(false, 0);

  /**
   * Detects this process's terminal: interactive when the JVM has a console (stdin and stdout
   * are terminals); the width from {@code COLUMNS}, else from {@code stty}, else 80.
   *
   * @param env the environment
   * @return the terminal, or {@link #NONE} when output is not a terminal
   */
  static Terminal detect(Map<String, String> env) {
    if (System.console() == null) {
      return NONE;
    }
    int columns = parseWidth(env.get("COLUMNS"));
    if (columns <= 0) {
      columns = sttyWidth();
    }
    return new Terminal(true, columns > 0 ? columns : 80);
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
