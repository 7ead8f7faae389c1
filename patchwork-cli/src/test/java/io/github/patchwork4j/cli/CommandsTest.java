package io.github.patchwork4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.patchwork4j.client.BlockingPatchworkClient;
import io.github.patchwork4j.client.PatchQuery;
import io.github.patchwork4j.client.PatchUpdate;
import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.PatchState;
import io.github.patchwork4j.model.Series;
import io.github.patchwork4j.testkit.FakePatchwork;
import io.github.patchwork4j.testkit.RecordedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every pw4j command against {@link FakePatchwork}, through {@link Main#run}. */
class CommandsTest {

  private static FakePatchwork fake;
  private static PatchworkClient client;
  private static BlockingPatchworkClient pw;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    fake = FakePatchwork.start();
    client = PatchworkClient.builder().baseUrl(fake.baseUrl().toString()).token(fake.tokenFor("maint")).build();
    pw = client.blocking();
  }

  @AfterAll
  static void stop() {
    client.close();
    fake.close();
  }

  @BeforeEach
  void reset() {
    fake.reset();
  }

  private Map<String, String> env(String user) {
    Map<String, String> env = new HashMap<>();
    env.put("PW_URL", fake.baseUrl().toString());
    if (user != null) {
      env.put("PW_TOKEN", fake.tokenFor(user));
    }
    return env;
  }

  private Run pw4j(String... args) {
    return Run.of(env("maint"), dir, Terminal.NONE, args);
  }

  private static List<Patch> alphaPatches() {
    return pw.patches().list(PatchQuery.builder().project("alpha").archived(false).build()).stream()
        .collect(Collectors.toList());
  }

  private static Series seriesWithPatches() {
    return pw.series().list().stream().filter(s -> s.patches().size() >= 2
        && s.project().linkName().equals("alpha")).findFirst().orElseThrow();
  }

  private static byte[] get(URI uri) throws IOException, InterruptedException {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
        HttpResponse.BodyHandlers.ofByteArray()).body();
  }

  private static void assertReadableFailure(Run r, int code) {
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(code);
    assertThat(r.stderr().lines().count()).as(r.toString()).isBetween(1L, 2L);
    assertThat(r.stderr()).startsWith("pw4j: ").doesNotContain("\tat ").doesNotContain("Exception:");
    assertThat(r.stdout()).isEmpty();
  }

  // --- help and usage

  @Test
  void everyCommandHasHelpWithAnExample() {
    Run top = pw4j("--help");
    assertThat(top.exitCode()).isZero();
    assertThat(top.out()).contains("Exit codes:", "refused by the server", "could not reach the server");
    for (String[] cmd : List.of(
        new String[] {"patch", "list"}, new String[] {"patch", "show"}, new String[] {"patch", "update"},
        new String[] {"patch", "download"}, new String[] {"series", "list"}, new String[] {"series", "show"},
        new String[] {"series", "download"}, new String[] {"bundle", "list"}, new String[] {"bundle", "show"},
        new String[] {"bundle", "download"}, new String[] {"check", "list"}, new String[] {"check", "report"},
        new String[] {"events", "follow"})) {
      String[] args = Arrays.copyOf(cmd, 3);
      args[2] = "--help";
      Run r = pw4j(args);
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).as(String.join(" ", cmd)).contains("Example", "pw4j " + String.join(" ", cmd));
    }
  }

  @Test
  void aGroupAloneOrWithAMistypedCommandListsItsCommands() {
    Run help = pw4j("patch", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("list", "show", "update", "download");

    Run typo = pw4j("patch", "sho", "1");
    assertReadableFailure(typo, ExitCodes.USAGE);
    assertThat(typo.stderr()).contains("sho");
  }

  @Test
  void topLevelOptionsAlsoWorkAfterTheCommand() throws Exception {
    Patch p = alphaPatches().get(0);
    Run r = pw4j("patch", "show", String.valueOf(p.id()), "--format", "json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(JSON.readTree(r.stdout()).get("id").asLong()).isEqualTo(p.id());
  }

  @Test
  void versionIsPrinted() {
    Run r = pw4j("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("pw4j ");
  }

  @Test
  void usageErrorsExitWithTwoAndSayWhatToDo() {
    Run unknown = pw4j("patch", "list", "--colour");
    assertReadableFailure(unknown, ExitCodes.USAGE);
    assertThat(unknown.stderr()).contains("--colour").contains("pw4j patch list --help");

    Run missing = pw4j("check", "report", "1", "--state", "success");
    assertReadableFailure(missing, ExitCodes.USAGE);
    assertThat(missing.stderr()).contains("--context");

    Run noId = pw4j("patch", "show");
    assertReadableFailure(noId, ExitCodes.USAGE);
    assertThat(noId.stderr()).contains("'ID'");

    Run nothing = pw4j("patch", "update", "1");
    assertReadableFailure(nothing, ExitCodes.USAGE);
    assertThat(nothing.stderr()).contains("nothing to change");

    Run badFormat = pw4j("--format", "xml", "patch", "list");
    assertReadableFailure(badFormat, ExitCodes.USAGE);
  }

  @Test
  void noServerConfiguredIsAUsageError() throws Exception {
    new ProcessBuilder("git", "init", "-q", dir.toString()).start().waitFor();
    Run r = Run.of(Map.of("HOME", dir.toString()), dir, Terminal.NONE, "patch", "show", "1");
    assertReadableFailure(r, ExitCodes.USAGE);
    assertThat(r.stderr()).contains("no Patchwork server configured", "git config pw.server");
  }

  // --- patches

  @Test
  void patchListPrintsEveryPatchAsJsonCsvAndTable() throws Exception {
    List<Patch> expected = alphaPatches();
    assertThat(expected).hasSizeGreaterThan(1);

    Run json = pw4j("--project", "alpha", "--format", "json", "patch", "list");
    assertThat(json.exitCode()).as(json.toString()).isZero();
    JsonNode array = JSON.readTree(json.stdout());
    assertThat(array.isArray()).isTrue();
    List<Long> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.get("id").asLong()));
    assertThat(ids).containsExactlyElementsOf(expected.stream().map(p -> p.id()).collect(Collectors.toList()));
    assertThat(array.get(0).get("project").get("link_name").asText()).isEqualTo("alpha");

    Run csv = pw4j("--project", "alpha", "--format", "csv", "patch", "list");
    List<List<String>> rows = Csv.parse(csv.out());
    assertThat(rows.get(0)).containsExactly("id", "date", "state", "archived", "delegate", "submitter", "name");
    assertThat(rows.subList(1, rows.size())).extracting(r -> Long.parseLong(r.get(0))).containsExactlyElementsOf(ids);
    assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(6))
        .containsExactlyElementsOf(expected.stream().map(Patch::name).collect(Collectors.toList()));

    Run table = pw4j("--project", "alpha", "patch", "list");
    assertThat(table.out().lines().findFirst().orElseThrow()).startsWith("ID").contains("STATE", "NAME");
    assertThat(table.out().lines().count()).isEqualTo(expected.size() + 1);
  }

  @Test
  void patchListFiltersAndLimits() throws Exception {
    Run r = pw4j("--project", "alpha", "--format", "json", "patch", "list", "--state", "new", "--limit", "2");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode array = JSON.readTree(r.stdout());
    assertThat(array.size()).isBetween(1, 2);
    array.forEach(p -> assertThat(p.get("state").asText()).isEqualTo("new"));
    RecordedRequest list = fake.requests().stream().filter(q -> q.path().endsWith("/patches/")).reduce((a, b) -> b).orElseThrow();
    assertThat(list.queryParameters()).containsEntry("state", List.of("new")).containsEntry("per_page", List.of("2"));
  }

  @Test
  void aPersonAtATerminalSeesWhichPageOfHowManyIsFetched() {
    int patches = alphaPatches().size();
    int pages = (patches + 249) / 250;
    assertThat(pages).as("the data set lists alpha's patches on several pages").isGreaterThan(1);
    fake.reset();
    Run r = Run.of(env("maint"), dir, new Terminal(true, 200), "--project", "alpha", "patch", "list");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out().lines().count()).isEqualTo(patches + 1);
    for (int n = 1; n <= pages; n++) {
      assertThat(r.stderr()).contains("\rlisting patches: page " + n + " of " + pages + "\u001b[K");
    }
    assertThat(r.stderr()).doesNotContain("page " + (pages + 1)).endsWith("\r\u001b[K");
    // One request at a page size of 1 asks how many there are; the list is read as without progress.
    List<RecordedRequest> lists = fake.requests().stream().filter(q -> q.path().endsWith("/patches/")).toList();
    assertThat(lists).extracting(q -> q.queryParameters().get("per_page"))
        .containsExactlyElementsOf(java.util.stream.Stream.concat(
            java.util.stream.Stream.of(List.of("1")),
            java.util.stream.Stream.generate(() -> List.of("250")).limit(pages)).toList());

    Run limited = Run.of(env("maint"), dir, new Terminal(true, 200), "--project", "alpha", "patch", "list",
        "--limit", "251");
    assertThat(limited.exitCode()).isZero();
    assertThat(limited.out().lines().count()).isEqualTo(251 + 1);
    assertThat(limited.stderr()).contains("page 1 of 2", "page 2 of 2").doesNotContain("of " + pages);

    Run piped = pw4j("--project", "alpha", "patch", "list");
    assertThat(piped.out()).isEqualTo(r.out());
    assertThat(piped.stderr()).isEmpty();
  }

  @Test
  void anUnknownStateIsWarnedAbout() {
    Run r = pw4j("--project", "alpha", "--format", "csv", "patch", "list", "--state", "bogus");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines()).hasSize(1);
    assertThat(r.stderr()).contains("'bogus' is not one of Patchwork's standard states");
  }

  @Test
  void tablesFitTheTerminalWidth() {
    Run r = Run.of(env("maint"), dir, new Terminal(false, 60), "--project", "alpha", "patch", "list");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
    Run wide = pw4j("--project", "alpha", "patch", "list");
    assertThat(wide.out().lines().mapToInt(String::length).max().orElseThrow()).isGreaterThan(60);
  }

  @Test
  void patchShowPrintsOnePatch() throws Exception {
    Patch p = alphaPatches().get(0);
    Run json = pw4j("--format", "json", "patch", "show", String.valueOf(p.id()));
    assertThat(json.exitCode()).isZero();
    JsonNode node = JSON.readTree(json.stdout());
    assertThat(node.get("id").asLong()).isEqualTo(p.id());
    assertThat(node.get("name").asText()).isEqualTo(p.name());
    assertThat(node.has("diff")).isTrue();

    Run table = pw4j("patch", "show", String.valueOf(p.id()));
    assertThat(table.out()).contains("Name        " + p.name(), "State       " + p.state().slug());

    Run csv = pw4j("--format", "csv", "patch", "show", String.valueOf(p.id()));
    List<List<String>> rows = Csv.parse(csv.out());
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).get(rows.get(0).indexOf("name"))).isEqualTo(p.name());
  }

  @Test
  void patchUpdateChangesOneOrSeveralPatches() {
    List<Patch> patches = alphaPatches();
    Patch one = patches.get(0);
    Run r = pw4j("patch", "update", String.valueOf(one.id()), "--state", "accepted", "--commit-ref", "abc123");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("accepted");
    Patch after = pw.patches().get(one.id());
    assertThat(after.state()).isEqualTo(PatchState.ACCEPTED);
    assertThat(after.commitRef()).contains("abc123");

    Run several = pw4j("patch", "update", String.valueOf(patches.get(1).id()), String.valueOf(patches.get(2).id()),
        "--delegate", "maint");
    assertThat(several.exitCode()).as(several.toString()).isZero();
    assertThat(pw.patches().get(patches.get(1).id()).delegate()).hasValueSatisfying(u -> assertThat(u.username()).isEqualTo("maint"));
    assertThat(pw.patches().get(patches.get(2).id()).delegate()).isPresent();
  }

  @Test
  void bulkUpdateReportsEachFailureAndExitsRefused() {
    Patch alpha = alphaPatches().get(0);
    Patch beta = pw.patches().list(PatchQuery.builder().project("beta").build()).stream().findFirst().orElseThrow();
    Run r = pw4j("patch", "update", String.valueOf(alpha.id()), String.valueOf(beta.id()), "--archived", "true");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.REFUSED);
    assertThat(r.stderr()).contains("pw4j: patch " + beta.id() + ": ").doesNotContain("patch " + alpha.id() + ":");
    assertThat(pw.patches().get(alpha.id()).archived()).isTrue();
    assertThat(r.out()).contains(String.valueOf(alpha.id()));
  }

  @Test
  void patchDownloadIsByteIdenticalToTheServersMbox() throws Exception {
    Patch p = alphaPatches().get(0);
    byte[] server = get(p.mbox());
    Path file = dir.resolve("p.mbox");
    Run r = pw4j("patch", "download", String.valueOf(p.id()), file.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(Files.readAllBytes(file)).isEqualTo(server);
    assertThat(r.stderr()).contains("wrote patch " + p.id());

    Run stdout = pw4j("patch", "download", String.valueOf(p.id()), "-");
    assertThat(stdout.stdout()).isEqualTo(server);
    assertThat(stdout.stderr()).isEmpty();
  }

  // --- series and bundles

  @Test
  void seriesListShowAndDownload() throws Exception {
    Series s = seriesWithPatches();
    Run list = pw4j("--project", "alpha", "--format", "json", "series", "list");
    assertThat(list.exitCode()).isZero();
    List<Long> ids = new ArrayList<>();
    JSON.readTree(list.stdout()).forEach(n -> ids.add(n.get("id").asLong()));
    assertThat(ids).contains(s.id());

    Run show = pw4j("series", "show", String.valueOf(s.id()));
    assertThat(show.exitCode()).isZero();
    assertThat(show.out()).contains(s.patches().get(1).name());

    Path file = dir.resolve("s.mbox");
    Run dl = pw4j("series", "download", String.valueOf(s.id()), file.toString());
    assertThat(dl.exitCode()).as(dl.toString()).isZero();
    assertThat(Files.readAllBytes(file)).isEqualTo(get(s.mbox()));
  }

  @Test
  void bundleListShowAndDownload() throws Exception {
    var bundle = pw.bundles().list().stream().findFirst().orElseThrow();
    Run list = pw4j("--format", "csv", "bundle", "list");
    assertThat(list.exitCode()).isZero();
    List<List<String>> rows = Csv.parse(list.out());
    assertThat(rows.get(0)).startsWith("id", "owner");
    assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0)).contains(String.valueOf(bundle.id()));

    Run show = pw4j("--format", "json", "bundle", "show", String.valueOf(bundle.id()));
    assertThat(JSON.readTree(show.stdout()).get("name").asText()).isEqualTo(bundle.name());

    Run dl = pw4j("bundle", "download", String.valueOf(bundle.id()), "-");
    assertThat(dl.exitCode()).as(dl.toString()).isZero();
    assertThat(dl.stdout()).isEqualTo(get(bundle.mbox()));
  }

  // --- checks

  @Test
  void checkReportPostsOnceAndSaysWhichHappened() throws Exception {
    Patch p = alphaPatches().get(0);
    String id = String.valueOf(p.id());
    Run first = pw4j("check", "report", id, "--context", "ci-build", "--state", "success",
        "--target-url", "https://ci.example.org/1");
    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(first.out()).contains("posted");
    Run second = pw4j("check", "report", id, "--context", "ci-build", "--state", "success",
        "--target-url", "https://ci.example.org/1");
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).contains("unchanged").doesNotContain("posted");
    assertThat(fake.requests().stream().filter(r -> r.method().equals("POST"))).hasSize(1);

    Run list = pw4j("--format", "json", "check", "list", id);
    JsonNode checks = JSON.readTree(list.stdout());
    assertThat(checks.get(checks.size() - 1).get("context").asText()).isEqualTo("ci-build");
    assertThat(checks.get(checks.size() - 1).get("target_url").asText()).isEqualTo("https://ci.example.org/1");
  }

  @Test
  void checkReportOnASeriesCoversEveryPatch() throws Exception {
    Series s = seriesWithPatches();
    Run r = pw4j("--format", "csv", "check", "report", "--series", String.valueOf(s.id()),
        "--context", "ci-test", "--state", "fail");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<List<String>> rows = Csv.parse(r.out());
    assertThat(rows.subList(1, rows.size())).extracting(row -> Long.parseLong(row.get(0)))
        .containsExactlyInAnyOrderElementsOf(s.patches().stream().map(p -> p.id()).collect(Collectors.toList()));
    assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(1)).containsOnly("posted");

    Run again = pw4j("--format", "json", "check", "report", "--series", String.valueOf(s.id()),
        "--context", "ci-test", "--state", "fail");
    JsonNode results = JSON.readTree(again.stdout());
    assertThat(results.size()).isEqualTo(s.patches().size());
    results.forEach(n -> assertThat(n.get("posted").asBoolean()).isFalse());
  }

  // --- events

  @Test
  void eventsFollowOnceDeliversEachNewEventOnce() throws Exception {
    Path cursor = dir.resolve("cursor");
    List<Patch> patches = alphaPatches();
    Run start = pw4j("--format", "json", "events", "follow", "--cursor", cursor.toString(), "--once");
    assertThat(start.exitCode()).as(start.toString()).isZero();
    assertThat(start.out()).isEmpty();
    assertThat(cursor).exists();

    pw.patches().update(patches.get(0).id(), PatchUpdate.builder().state(PatchState.REJECTED).build());
    Run second = pw4j("--format", "json", "events", "follow", "--cursor", cursor.toString(), "--once");
    assertThat(second.exitCode()).as(second.toString()).isZero();
    List<JsonNode> events = lines(second);
    assertThat(events).extracting(e -> e.get("category").asText()).containsExactly("patch-state-changed");
    assertThat(events.get(0).get("payload").get("patch").get("id").asLong()).isEqualTo(patches.get(0).id());

    pw.patches().update(patches.get(1).id(), PatchUpdate.builder().state(PatchState.REJECTED).build());
    pw.patches().update(patches.get(2).id(), PatchUpdate.builder().state(PatchState.REJECTED).build());
    Run third = pw4j("--format", "json", "events", "follow", "--cursor", cursor.toString(), "--once");
    List<JsonNode> later = lines(third);
    assertThat(later).extracting(e -> e.get("payload").get("patch").get("id").asLong())
        .containsExactly(patches.get(1).id(), patches.get(2).id());

    Run fourth = pw4j("--format", "csv", "events", "follow", "--cursor", cursor.toString(), "--once");
    assertThat(fourth.out().lines()).containsExactly("id,date,category,project,actor,subject");
  }

  @Test
  void eventsFollowFiltersByCategoryAndReadsABrokenCursorAsALocalFailure() throws Exception {
    Path cursor = dir.resolve("cursor");
    Run r = pw4j("events", "follow", "--cursor", cursor.toString(), "--once", "--since", "2000-01-01",
        "--category", "patch-created", "--category", "series-created");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out().lines().skip(0)).isNotEmpty().allSatisfy(l -> assertThat(l).containsAnyOf("patch-created", "series-created"));

    Files.writeString(cursor, "garbage");
    Run broken = pw4j("events", "follow", "--cursor", cursor.toString(), "--once");
    assertReadableFailure(broken, ExitCodes.FAILED);
    assertThat(broken.stderr()).contains("not a pw4j event cursor");
  }

  private static List<JsonNode> lines(Run r) {
    return r.out().lines().map(l -> {
      try {
        return JSON.readTree(l);
      } catch (IOException e) {
        throw new AssertionError(l, e);
      }
    }).collect(Collectors.toList());
  }

  // --- failures

  @Test
  void notFoundIsRefused() {
    Run r = pw4j("patch", "show", "999999");
    assertReadableFailure(r, ExitCodes.REFUSED);
    assertThat(r.stderr()).contains("999999");
  }

  @Test
  void aBadTokenIsRefusedAndNeverPrinted() {
    Map<String, String> env = env(null);
    env.put("PW_TOKEN", "0123456789abcdef0123456789abcdef01234567");
    Run r = Run.of(env, dir, Terminal.NONE, "--debug", "patch", "show", "1");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.REFUSED);
    assertThat(r.stderr()).doesNotContain("0123456789abcdef").contains("token");
    Run plain = Run.of(env, dir, Terminal.NONE, "patch", "show", "1");
    assertReadableFailure(plain, ExitCodes.REFUSED);
  }

  @Test
  void permissionDeniedIsRefused() {
    Patch p = alphaPatches().get(0);
    Run r = Run.of(env("other"), dir, Terminal.NONE, "patch", "update", String.valueOf(p.id()), "--state", "accepted");
    assertReadableFailure(r, ExitCodes.REFUSED);
  }

  @Test
  void aServerFailureIsUnavailableAndDebugShowsTheTrace() {
    Patch p = alphaPatches().get(0);
    var stub = fake.wireMock().stubFor(WireMock.get(WireMock.urlPathMatching(".*/patches/" + p.id() + "/"))
        .atPriority(1).willReturn(WireMock.aResponse().withStatus(500).withBody("<h1>Server Error (500)</h1>")));
    try {
      Run r = pw4j("patch", "show", String.valueOf(p.id()));
      assertReadableFailure(r, ExitCodes.UNAVAILABLE);
      assertThat(r.stderr()).contains("Retrying later may help");
      Run debug = pw4j("--debug", "patch", "show", String.valueOf(p.id()));
      assertThat(debug.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
      assertThat(debug.stderr()).contains("\tat ", "GET ");
    } finally {
      fake.wireMock().removeStub(stub);
    }
  }

  @Test
  void aLocalFileThatCannotBeWrittenFailsWithOne() {
    Patch p = alphaPatches().get(0);
    Run r = pw4j("patch", "download", String.valueOf(p.id()), dir.resolve("no/such/dir/p.mbox").toString());
    assertReadableFailure(r, ExitCodes.FAILED);
    assertThat(r.stderr()).contains("cannot write");
  }
}
