package io.github.patchwork4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The {@code pw.*} settings of git's configuration as git-pw reads them: what {@code git config
 * --get pw.<key>} answers in the working directory (repository, then global and system files; the
 * last value of a repeated key wins). Read once, with one {@code git} process, and only when
 * asked (by any thread: the start-up warm-up may read it first). No git, or no repository, means
 * no settings.
 */
final class GitConfig {

  private final Path directory;
  private Map<String, String> values;

  GitConfig(Path directory) {
    this.directory = directory;
  }

  /**
   * The value of {@code pw.<key>}.
   *
   * @param key the key under {@code pw.}, such as {@code server}
   * @return the value, empty when not set
   */
  synchronized Optional<String> get(String key) {
    if (values == null) {
      values = read(directory);
    }
    return Optional.ofNullable(values.get(key));
  }

  private static Map<String, String> read(Path directory) {
    Map<String, String> found = new HashMap<>();
    try {
      Process p = new ProcessBuilder("git", "config", "--null", "--get-regexp", "^pw\\.")
          .directory(directory.toFile())
          .redirectInput(ProcessBuilder.Redirect.PIPE)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      p.getOutputStream().close();
      String out;
      try (InputStream in = p.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroy();
        return found;
      }
      // --null: each entry is "key\nvalue\0" (a key without a value has no "\n").
      for (String entry : out.split("\0")) {
        int nl = entry.indexOf('\n');
        if (nl > 0 && entry.startsWith("pw.")) {
          found.put(entry.substring(3, nl).toLowerCase(java.util.Locale.ROOT), entry.substring(nl + 1));
        }
      }
    } catch (IOException e) {
      // no git on this machine: no git settings
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return found;
  }
}
