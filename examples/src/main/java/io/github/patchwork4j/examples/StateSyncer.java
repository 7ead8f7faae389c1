package io.github.patchwork4j.examples;

import io.github.patchwork4j.client.BlockingPatchworkClient;
import io.github.patchwork4j.client.PatchQuery;
import io.github.patchwork4j.client.PatchUpdate;
import io.github.patchwork4j.model.DiffHash;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.PatchState;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Marks patches accepted when their change has landed in a git branch: for each commit it hashes
 * the diff as Patchwork does ({@link DiffHash}), asks the server for the project's patches with
 * that {@code hash} (API 1.2), and sets those not yet accepted to {@code accepted} with the
 * commit's id as {@code commit_ref}. A dry run by default; {@code --apply} writes.
 *
 * <p>A mail that changed on the way (a rebase that moved nothing but context, a fix-up while
 * applying) has another hash and is not found: that is Patchwork's own rule (its git hooks use
 * the same hash).
 *
 * <pre>
 * mvn -B -q -pl examples -am -DskipTests package exec:java -Dexample=StateSyncer
 * PW_URL=… PW_TOKEN=… PW_PROJECT=linux-foo mvn … -Dexample=StateSyncer -Dexec.args="--repo /src/linux --rev v6.8..v6.9 --apply"
 * </pre>
 *
 * Options: {@code --repo DIR} (default: on the fake, a demo repository made for the run; else
 * {@code .}), {@code --rev REVISION} ({@code git log} syntax; default {@code HEAD}), {@code
 * --max-count N} (default 100), {@code --apply}.
 */
public final class StateSyncer {

  private final BlockingPatchworkClient pw;
  private final String project;
  private final PrintStream out;

  /** A syncer for one project, telling what it does on {@code out}. */
  public StateSyncer(BlockingPatchworkClient pw, String project, PrintStream out) {
    this.pw = Objects.requireNonNull(pw, "pw");
    this.project = Objects.requireNonNull(project, "project");
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * A patch found by a commit's diff hash.
   *
   * @param commit the commit that carries the patch's change
   * @param patch the patch as found (before any change)
   * @param accepted whether it is now marked accepted with this commit (false in a dry run and
   *     for patches that already were)
   */
  public record Match(GitRepo.Commit commit, Patch patch, boolean accepted) {
  }

  /**
   * Looks up every commit's diff and, with {@code apply}, marks the patches found accepted.
   *
   * @return every patch found, with what was done
   */
  public List<Match> sync(List<GitRepo.Commit> commits, boolean apply) {
    List<Match> matches = new ArrayList<>();
    int unmatched = 0;
    for (GitRepo.Commit commit : commits) {
      if (commit.diff().isBlank()) {
        unmatched++;
        continue;
      }
      String hash = DiffHash.of(commit.diff());
      List<Patch> found = pw.patches().list(PatchQuery.builder().project(project).hash(hash).build())
          .stream().toList();
      if (found.isEmpty()) {
        unmatched++;
        continue;
      }
      out.println(commit.shortSha() + " " + Tables.quote(commit.subject()) + " (hash " + hash.substring(0, 12) + ")");
      for (Patch patch : found) {
        matches.add(settle(commit, patch, apply));
      }
    }
    long toChange = matches.stream().filter(m -> !isSettled(m.patch(), m.commit())).count();
    out.println(commits.size() + " commit" + (commits.size() == 1 ? "" : "s") + " read, " + unmatched
        + " without a patch in " + project + "; " + matches.size() + " patch" + (matches.size() == 1 ? "" : "es")
        + " found, " + toChange + (apply ? " marked accepted." : " to mark accepted (dry run: nothing changed;"
            + " --apply writes)."));
    return matches;
  }

  private Match settle(GitRepo.Commit commit, Patch patch, boolean apply) {
    String what = "  patch " + patch.id() + " " + Tables.quote(patch.name()) + ", " + patch.state();
    if (isSettled(patch, commit)) {
      out.println(what + " with this commit: nothing to do");
      return new Match(commit, patch, false);
    }
    if (!apply) {
      out.println(what + ": would mark accepted");
      return new Match(commit, patch, false);
    }
    Patch updated = pw.patches().update(patch.id(),
        PatchUpdate.builder().state(PatchState.ACCEPTED).commitRef(commit.sha()).build());
    out.println(what + ": marked " + updated.state() + ", commit " + updated.commitRef().orElse("(none)"));
    return new Match(commit, patch, true);
  }

  private static boolean isSettled(Patch patch, GitRepo.Commit commit) {
    return patch.state().equals(PatchState.ACCEPTED) && patch.commitRef().equals(Optional.of(commit.sha()));
  }

  /** Syncs the commits of {@code --repo}/{@code --rev}; on the fake, of a demo repository. */
  public static void main(String[] args) {
    Programs.run(() -> {
      Args a = Args.parse(args, Set.of("--repo", "--rev", "--max-count"), Set.of("--apply"));
      int maxCount = Integer.parseInt(a.value("--max-count").orElse("100"));
      try (Target target = Target.fromEnvironment()) {
        BlockingPatchworkClient pw = target.client();
        String project = target.project();
        System.out.println("Patchwork: " + target.describe());
        Path demo = null;
        GitRepo repo;
        if (a.value("--repo").isEmpty() && target.fake().isPresent()) {
          demo = Files.createTempDirectory("patchwork4j-syncer-");
          repo = demoRepo(pw, project, demo);
        } else {
          repo = new GitRepo(Path.of(a.value("--repo").orElse(".")));
        }
        try {
          String rev = a.value("--rev").orElse("HEAD");
          System.out.println("Reading up to " + maxCount + " commits of " + rev + " in " + repo.dir() + "...");
          new StateSyncer(pw, project, System.out).sync(repo.log(rev, maxCount), a.flag("--apply"));
        } finally {
          if (demo != null) {
            delete(demo);
          }
        }
      }
    });
  }

  /** A repository with the diffs of the project's two newest new patches, and one other commit. */
  private static GitRepo demoRepo(BlockingPatchworkClient pw, String project, Path dir) {
    GitRepo repo = GitRepo.init(dir);
    repo.commitFile("README", "A demo repository.\n", "Start");
    List<Patch> landed = pw.patches().list(PatchQuery.builder().project(project).state(PatchState.NEW)
        .orderByDescending(PatchQuery.Order.ID).pageSize(2).build()).stream().limit(2)
        .sorted(Comparator.comparing(Patch::id)).toList();
    for (Patch ref : landed) {
      Patch patch = pw.patches().get(ref.id());
      repo.commitDiff(patch.diff().orElseThrow(), patch.name());
    }
    repo.commitFile("README", "A demo repository, changed.\n", "Change something no patch has");
    System.out.println("Made a demo git repository in " + dir + " (deleted at the end) with the diffs of patches "
        + landed.stream().map(p -> Long.toString(p.id())).toList()
        + ", each after a commit that gives it the lines it changes, and a commit that is in no patch.");
    return repo;
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete the demo repository " + dir, e);
    }
  }
}
