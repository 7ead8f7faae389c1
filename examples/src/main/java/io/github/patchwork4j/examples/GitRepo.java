package io.github.patchwork4j.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local git repository, read (and, for demos and tests, written) by running the {@code git}
 * command.
 */
public final class GitRepo {

  /** A commit: its full id, its subject line and its diff as {@code git show} prints it. */
  public record Commit(String sha, String subject, String diff) {
    /** The abbreviated id, for people. */
    public String shortSha() {
      return sha.substring(0, Math.min(12, sha.length()));
    }
  }

  private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+\\d+(?:,(\\d+))? @@");

  // Identity and settings for the commits this class makes, independent of the user's config.
  private static final List<String> WRITE_CONFIG = List.of(
      "-c", "user.name=patchwork4j example", "-c", "user.email=example@patchwork4j.invalid",
      "-c", "commit.gpgSign=false", "-c", "init.defaultBranch=main", "-c", "core.autocrlf=false");

  private final Path dir;

  /** The repository (or work tree) in this directory. */
  public GitRepo(Path dir) {
    this.dir = Objects.requireNonNull(dir, "dir");
  }

  /** The directory. */
  public Path dir() {
    return dir;
  }

  /**
   * The non-merge commits of {@code git log REVISION}, newest first, at most {@code maxCount},
   * each with the diff as {@code git format-patch} would mail it: {@code a/} and {@code b/}
   * prefixes, no colour, no external diff or text conversion, whatever the user's configuration.
   *
   * @param revision what {@code git log} takes: {@code HEAD}, {@code origin/master}, {@code
   *     v6.8..v6.9}
   * @throws IllegalArgumentException if git fails (the message has git's own)
   */
  public List<Commit> log(String revision, int maxCount) {
    if (revision.startsWith("-")) {
      throw new IllegalArgumentException("a revision does not start with '-': " + revision);
    }
    String text = run(null, "log", "--no-merges", "--no-color", "--no-ext-diff", "--no-textconv",
        "--src-prefix=a/", "--dst-prefix=b/", "-p", "--format=%x00%H%x09%s", "-n", Integer.toString(maxCount),
        revision, "--");
    List<Commit> commits = new ArrayList<>();
    for (String chunk : text.split("\0")) {
      if (chunk.isEmpty()) {
        continue;
      }
      int eol = chunk.indexOf('\n');
      String head = eol < 0 ? chunk : chunk.substring(0, eol);
      int tab = head.indexOf('\t');
      commits.add(new Commit(head.substring(0, tab), head.substring(tab + 1),
          eol < 0 ? "" : chunk.substring(eol + 1)));
    }
    return commits;
  }

  // ------------------------------------------------------------------ writing (demos, tests)

  /** Creates an empty repository in {@code dir} (which may exist) on branch {@code main}. */
  public static GitRepo init(Path dir) {
    GitRepo repo = new GitRepo(dir);
    repo.run(null, "init", "-q");
    return repo;
  }

  /**
   * Commits a file with this content.
   *
   * @return the new commit's id
   */
  public String commitFile(String path, String content, String message) {
    write(path, content);
    return commitAll(message);
  }

  /**
   * Makes a commit whose diff is {@code diff} (a patch's {@code diff} field): first a commit that
   * gives each changed file the lines the diff expects (padding lines where the diff does not
   * say), then {@code git apply} of the diff as a commit with this message. For demos and tests:
   * the second commit has the diff's hash, wherever the original lines were.
   *
   * @return the id of the commit that applied the diff
   * @throws IllegalArgumentException if the diff does not apply
   */
  public String commitDiff(String diff, String message) {
    for (Map.Entry<String, List<String>> file : preimages(diff).entrySet()) {
      write(file.getKey(), String.join("\n", file.getValue()) + (file.getValue().isEmpty() ? "" : "\n"));
    }
    commitAll("Before: " + message);
    run(diff, "apply", "--whitespace=nowarn", "-");
    return commitAll(message);
  }

  /** For each file the diff changes (not creates), its lines before the change, padded. */
  private static Map<String, List<String>> preimages(String diff) {
    Map<String, List<String>> files = new LinkedHashMap<>();
    String[] lines = diff.replace("\r", "").split("\n", -1);
    List<String> current = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("--- ")) {
        String name = line.substring(4).split("\t")[0];
        current = name.equals("/dev/null") ? null
            : files.computeIfAbsent(name.substring(name.indexOf('/') + 1), k -> new ArrayList<>());
        continue;
      }
      Matcher hunk = HUNK.matcher(line);
      if (current == null || !hunk.lookingAt()) {
        continue;
      }
      int start = Integer.parseInt(hunk.group(1));
      int oldCount = hunk.group(2) == null ? 1 : Integer.parseInt(hunk.group(2));
      int newCount = hunk.group(3) == null ? 1 : Integer.parseInt(hunk.group(3));
      int before = oldCount == 0 ? start : start - 1;
      while (current.size() < before) {
        current.add("/* padding line " + (current.size() + 1) + " */");
      }
      while ((oldCount > 0 || newCount > 0) && i + 1 < lines.length) {
        String body = lines[++i];
        char kind = body.isEmpty() ? ' ' : body.charAt(0);
        if (kind == ' ' || kind == '-') {
          current.add(body.isEmpty() ? "" : body.substring(1));
          oldCount--;
        }
        if (kind == ' ' || kind == '+') {
          newCount--;
        }
      }
    }
    return files;
  }

  private void write(String path, String content) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String commitAll(String message) {
    run(null, "add", "-A");
    run(null, "commit", "-q", "--allow-empty", "-m", message);
    return run(null, "rev-parse", "HEAD").strip();
  }

  /** Runs git in the directory; its standard output, or IllegalArgumentException with its errors. */
  private String run(String stdin, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(WRITE_CONFIG);
    command.addAll(List.of(args));
    Process process;
    try {
      process = new ProcessBuilder(command).start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot run git (is it installed and on the PATH?): " + e.getMessage(), e);
    }
    CompletableFuture<byte[]> err = drain(process.getErrorStream());
    CompletableFuture<byte[]> out = drain(process.getInputStream());
    try (OutputStream in = process.getOutputStream()) {
      if (stdin != null) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      // git stopped reading; its exit status and message tell why
    }
    try {
      int status = process.waitFor();
      String output = new String(out.join(), StandardCharsets.UTF_8);
      if (status != 0) {
        throw new IllegalArgumentException("git " + args[0] + " in " + dir + " failed (" + status + "): "
            + new String(err.join(), StandardCharsets.UTF_8).strip());
      }
      return output;
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while git " + args[0] + " ran", e);
    }
  }

  private static CompletableFuture<byte[]> drain(InputStream stream) {
    CompletableFuture<byte[]> result = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (InputStream s = stream) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        s.transferTo(buffer);
        result.complete(buffer.toByteArray());
      } catch (IOException e) {
        result.completeExceptionally(e);
      }
    }, "git-output");
    reader.setDaemon(true);
    reader.start();
    return result;
  }
}
