package io.github.patchwork4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.patchwork4j.testkit.FakePatchwork;
import io.github.patchwork4j.testkit.RecordedRequest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repository set up for git-pw works with pw4j unchanged; options and PW_* override it. */
class GitConfigTest {

  private static FakePatchwork fake;

  @TempDir
  Path repo;

  @BeforeAll
  static void start() {
    fake = FakePatchwork.start();
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  private void git(String... args) throws Exception {
    String[] cmd = new String[args.length + 3];
    cmd[0] = "git";
    cmd[1] = "-C";
    cmd[2] = repo.toString();
    System.arraycopy(args, 0, cmd, 3, args.length);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertThat(p.waitFor()).as(String.join(" ", cmd)).isZero();
  }

  /** Only git's configuration: no options, no PW_* variables (HOME points away from the user's own ~/.gitconfig). */
  private Map<String, String> bareEnv() {
    Map<String, String> env = new HashMap<>();
    env.put("HOME", repo.toString());
    return env;
  }

  @Test
  void aGitPwRepositoryNeedsNoOptions() throws Exception {
    git("init", "-q");
    git("config", "pw.server", fake.baseUrl() + "/api/1.2/");
    git("config", "pw.token", fake.tokenFor("maint"));
    git("config", "pw.project", "beta");
    fake.reset();

    Run list = Run.of(bareEnv(), repo, Terminal.NONE, "--format", "json", "patch", "list", "--archived");
    assertThat(list.exitCode()).as(list.toString()).isZero();
    JsonNode patches = new ObjectMapper().readTree(list.stdout());
    assertThat(patches.size()).isPositive();
    patches.forEach(p -> assertThat(p.get("project").get("link_name").asText()).isEqualTo("beta"));

    List<RecordedRequest> requests = fake.requests();
    assertThat(requests).isNotEmpty().allSatisfy(r -> {
      assertThat(r.path()).startsWith("/api/1.2/");
      assertThat(r.user()).contains("maint");
    });
  }

  @Test
  void optionsAndEnvironmentComeBeforeGitConfig() throws Exception {
    git("init", "-q");
    git("config", "pw.server", "http://127.0.0.1:1/");
    git("config", "pw.project", "beta");
    Map<String, String> env = bareEnv();
    env.put("PW_URL", fake.baseUrl().toString());

    Run r = Run.of(env, repo, Terminal.NONE, "--project", "alpha", "--format", "json", "patch", "list", "--limit", "3");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    new ObjectMapper().readTree(r.stdout())
        .forEach(p -> assertThat(p.get("project").get("link_name").asText()).isEqualTo("alpha"));
  }

  @Test
  void basicAuthFromGitConfig() throws Exception {
    git("init", "-q");
    git("config", "pw.server", fake.baseUrl().toString());
    git("config", "pw.username", "maint");
    git("config", "pw.password", fake.passwordFor("maint"));
    fake.reset();

    Run r = Run.of(bareEnv(), repo, Terminal.NONE, "--format", "csv", "bundle", "list");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(fake.requests()).isNotEmpty().allSatisfy(q -> assertThat(q.user()).contains("maint"));
  }
}
