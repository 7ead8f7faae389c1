package io.github.patchwork4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.patchwork4j.client.BlockingPatchworkClient;
import io.github.patchwork4j.client.PatchQuery;
import io.github.patchwork4j.model.DiffHash;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.PatchState;
import io.github.patchwork4j.testkit.FakePatchwork;
import io.github.patchwork4j.testkit.junit.PatchworkTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@PatchworkTest
class StateSyncerTest {

  private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  private GitRepo repo;
  private Patch landed;
  private String sha;

  /** A repository where the newest new patch of alpha landed, followed by a commit in no patch. */
  @BeforeEach
  void repository(BlockingPatchworkClient pw, @TempDir Path dir) {
    Patch newest = pw.patches().list(PatchQuery.builder().project("alpha").state(PatchState.NEW)
        .orderByDescending(PatchQuery.Order.ID).pageSize(1).build()).stream().findFirst().orElseThrow();
    landed = pw.patches().get(newest.id());
    repo = GitRepo.init(dir);
    repo.commitFile("README", "demo\n", "Start");
    sha = repo.commitDiff(landed.diff().orElseThrow(), landed.name());
    repo.commitFile("README", "demo, changed\n", "Change something no patch has");
  }

  /** Every patch of the server: id → (state, commit_ref). */
  private static Map<Long, List<Object>> snapshot(BlockingPatchworkClient pw) {
    return pw.patches().list().stream().collect(Collectors.toMap(Patch::id, p -> List.of(p.state(), p.commitRef())));
  }

  @Test
  void theCommitOfAPatchHasThePatchsHash() {
    Optional<GitRepo.Commit> commit = repo.log("HEAD", 10).stream().filter(c -> c.sha().equals(sha)).findFirst();
    assertThat(commit).isPresent();
    assertThat(DiffHash.of(commit.get().diff())).isEqualTo(landed.hash().orElseThrow());
  }

  @Test
  void aDryRunChangesNothing(FakePatchwork fake, BlockingPatchworkClient pw) {
    Map<Long, List<Object>> before = snapshot(pw);

    List<StateSyncer.Match> matches = new StateSyncer(pw, "alpha", QUIET).sync(repo.log("HEAD", 100), false);

    assertThat(matches).singleElement().satisfies(m -> {
      assertThat(m.patch().id()).isEqualTo(landed.id());
      assertThat(m.commit().sha()).isEqualTo(sha);
      assertThat(m.accepted()).isFalse();
    });
    assertThat(fake.requests()).allSatisfy(r -> assertThat(r.method()).isEqualTo("GET"));
    assertThat(snapshot(pw)).isEqualTo(before);
  }

  @Test
  void applyAcceptsThePatchWithTheCommitAndLeavesTheOthersAlone(BlockingPatchworkClient pw) {
    Map<Long, List<Object>> before = snapshot(pw);

    List<StateSyncer.Match> matches = new StateSyncer(pw, "alpha", QUIET).sync(repo.log("HEAD", 100), true);

    assertThat(matches).extracting(StateSyncer.Match::accepted).containsExactly(true);
    Map<Long, List<Object>> after = snapshot(pw);
    assertThat(after.get(landed.id())).containsExactly(PatchState.ACCEPTED, Optional.of(sha));
    after.remove(landed.id());
    before.remove(landed.id());
    assertThat(after).isEqualTo(before);
  }

  @Test
  void aSecondRunFindsThePatchSettled(FakePatchwork fake, BlockingPatchworkClient pw) {
    StateSyncer syncer = new StateSyncer(pw, "alpha", QUIET);
    syncer.sync(repo.log("HEAD", 100), true);
    int requests = fake.requests().size();

    List<StateSyncer.Match> again = syncer.sync(repo.log("HEAD", 100), true);

    assertThat(again).extracting(StateSyncer.Match::accepted).containsExactly(false);
    assertThat(fake.requests().subList(requests, fake.requests().size()))
        .allSatisfy(r -> assertThat(r.method()).isEqualTo("GET"));
  }

  @Test
  void onlyTheRequestedRevisionsAreRead(BlockingPatchworkClient pw) {
    // HEAD~1 is the patch's commit; HEAD~1..HEAD holds only the unrelated one
    List<GitRepo.Commit> last = repo.log("HEAD~1..HEAD", 100);
    assertThat(last).extracting(GitRepo.Commit::subject).containsExactly("Change something no patch has");
    assertThat(new StateSyncer(pw, "alpha", QUIET).sync(last, true)).isEmpty();
    assertThat(pw.patches().get(landed.id()).state()).isEqualTo(landed.state());
  }
}
