package io.github.patchwork4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.patchwork4j.client.PatchWriteTest.failure;
import static io.github.patchwork4j.client.WriteAssertions.body;
import static io.github.patchwork4j.client.WriteAssertions.onlyWrite;
import static io.github.patchwork4j.client.WriteAssertions.writes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.patchwork4j.client.error.AuthenticationException;
import io.github.patchwork4j.client.error.NotFoundException;
import io.github.patchwork4j.client.error.PatchworkException;
import io.github.patchwork4j.client.error.PermissionDeniedException;
import io.github.patchwork4j.client.error.ServerException;
import io.github.patchwork4j.client.error.TransportException;
import io.github.patchwork4j.client.testing.Json;
import io.github.patchwork4j.client.testing.Prefix;
import io.github.patchwork4j.client.testing.RecordedServer;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.Check;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.json.PatchworkJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code checks().create}, {@code report} and {@code reportSeries}. */
class CheckWriteTest {

  private static final String CHECKS_3 = "/api/1.3/patches/3/checks/";

  private RecordedServer server;
  private PatchworkClient pw;

  @BeforeEach
  void start() {
    server = RecordedServer.start();
    pw = Prefix.V1_3.clientWithToken(server);
  }

  @AfterEach
  void stop() {
    pw.close();
    server.close();
  }

  /** The check recorded in writes/009 (posted by user 2 "maint"), as the server answered it. */
  private JsonNode recordedCheck() {
    return server.recording("writes/009-check-create").json();
  }

  /** The NewCheck that writes/009 posted, read from its request body. */
  private static NewCheck recordedNewCheck() {
    JsonNode sent = Exchange.load("writes/009-check-create").requestBody();
    return NewCheck.builder()
        .state(CheckState.of(sent.get("state").asText()))
        .context(sent.get("context").asText())
        .targetUrl(sent.get("target_url").asText())
        .description(sent.get("description").asText())
        .build();
  }

  private static String json(JsonNode... items) {
    ArrayNode list = (ArrayNode) Exchange.tree("[]");
    for (JsonNode item : items) {
      list.add(item);
    }
    return list.toString();
  }

  private static ResponseDefinitionBuilder ok(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  private List<LoggedRequest> gets(String path) {
    return server.requests().stream()
        .filter(r -> r.getMethod().getName().equals("GET") && r.getUrl().startsWith(path))
        .collect(Collectors.toList());
  }

  @Test
  void createsACheckWithExactlyTheGivenFields() {
    Recording r = server.stub("writes/009-check-create");

    Check check = pw.checks().create(3, recordedNewCheck()).join();

    LoggedRequest sent = onlyWrite(server);
    assertThat(sent.getMethod().getName()).isEqualTo("POST");
    assertThat(body(sent)).isEqualTo(Exchange.load("writes/009-check-create").requestBody());
    assertThat(body(sent).has("user")).isFalse();
    JsonNode answer = r.json();
    assertThat(check.id()).isEqualTo(answer.get("id").asInt());
    assertThat(check.user().username()).isEqualTo(answer.get("user").get("username").asText());
    assertThat(check.state()).isEqualTo(CheckState.of(answer.get("state").asText()));
    assertThat(check.targetUrl()).contains(answer.get("target_url").asText());
  }

  @Test
  void aMinimalCheckGetsTheServerDefaults() {
    Recording r = server.stub("writes/010-check-create-minimal");

    Check check = pw.blocking().checks().create(3, NewCheck.builder().state(CheckState.PENDING).build());

    assertThat(body(onlyWrite(server))).isEqualTo(Exchange.load("writes/010-check-create-minimal").requestBody());
    assertThat(check.context()).isEqualTo(r.json().get("context").asText());
    assertThat(check.targetUrl()).isEmpty();
    assertThat(check.description()).isEmpty();
  }

  @Test
  void refusalsAreTyped() {
    Recording denied = server.stub("errors/023-check-no-permission");
    PatchworkException e = failure(pw.checks().create(1, NewCheck.builder().state(CheckState.SUCCESS).build()));
    assertThat(e).isInstanceOf(PermissionDeniedException.class);
    assertThat(e.detail()).contains(denied.json().get("detail").asText());
    assertThat(body(onlyWrite(server))).isEqualTo(Exchange.load("errors/023-check-no-permission").requestBody());

    server.wireMock().resetAll();
    server.stub("errors/024-check-unknown-patch");
    assertThat(failure(pw.checks().create(999999, NewCheck.builder().state(CheckState.SUCCESS).build())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anAnonymousReportIsRefusedWithoutReadingChecks() {
    Recording denied = server.recording("errors/023-check-no-permission");
    server.wireMock().stubFor(post(urlPathEqualTo(CHECKS_3)).willReturn(ok(403, denied.bodyText())));
    try (PatchworkClient anonymous = Prefix.V1_3.client(server)) {
      assertThat(failure(anonymous.checks().report(3, recordedNewCheck())))
          .isInstanceOf(AuthenticationException.class);
    }
    assertThat(gets(CHECKS_3)).isEmpty();
    assertThat(writes(server)).hasSize(1);
  }

  @Test
  void aPostIsNotRetriedOnceTheServerHasIt() {
    server.wireMock().stubFor(post(urlPathEqualTo(CHECKS_3)).willReturn(aResponse().withStatus(503)));
    try (PatchworkClient quick = Prefix.V1_3.builder(server).token("t")
        .sleeper(d -> CompletableFuture.completedFuture(null)).build()) {
      assertThat(failure(quick.checks().create(3, recordedNewCheck()))).isInstanceOf(ServerException.class);
    }
    assertThat(writes(server)).hasSize(1);
  }

  @Test
  void aPostIsRetriedWhenTheConnectionFailedBeforeSending() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    List<RequestEvent> attempts = new CopyOnWriteArrayList<>();
    try (PatchworkClient unreachable = PatchworkClient.builder().baseUrl("http://127.0.0.1:" + closedPort)
        .token("t").apiVersion(ApiVersion.V1_3).requestListener(attempts::add)
        .sleeper(d -> CompletableFuture.completedFuture(null)).build()) {
      assertThat(failure(unreachable.checks().create(3, recordedNewCheck()))).isInstanceOf(TransportException.class);
    }
    assertThat(attempts).hasSize(3).allSatisfy(a -> {
      assertThat(a.method()).isEqualTo("POST");
      assertThat(a.status()).isEmpty();
    });
  }

  /**
   * A server that keeps the checks of patch 3: the list answers what was posted so far. The
   * posted check is the recorded one (user 2), with the state sent.
   */
  private void statefulChecksOfPatch3() {
    JsonNode first = recordedCheck();
    ObjectNode second = (ObjectNode) first.deepCopy();
    second.put("id", first.get("id").asInt() + 100);
    second.put("date", "2026-11-22T23:20:00");
    second.put("state", "fail");
    stateful(get(urlPathEqualTo(CHECKS_3)), Scenario.STARTED, ok(200, "[]"), null);
    stateful(get(urlPathEqualTo(CHECKS_3)), "one", ok(200, json(first)), null);
    stateful(get(urlPathEqualTo(CHECKS_3)), "two", ok(200, json(first, second)), null);
    stateful(post(urlPathEqualTo(CHECKS_3)), Scenario.STARTED, ok(201, first.toString()), "one");
    stateful(post(urlPathEqualTo(CHECKS_3)), "one", ok(201, second.toString()), "two");
  }

  private void stateful(MappingBuilder request, String when, ResponseDefinitionBuilder answer, String then) {
    ScenarioMappingBuilder b = request.inScenario("checks").whenScenarioStateIs(when).willReturn(answer);
    server.wireMock().stubFor(then == null ? b : b.willSetStateTo(then));
  }

  @Test
  void reportingTheSameCheckTwicePostsOnceAndANewStatePostsAgain() {
    statefulChecksOfPatch3();
    server.stub("v1.3/user-self"); // each report asks who the check's user is
    NewCheck success = recordedNewCheck();

    CheckReport posted = pw.checks().report(3, success).join();
    CheckReport again = pw.checks().report(3, success).join();

    assertThat(writes(server)).hasSize(1);
    assertThat(posted.posted()).isTrue();
    assertThat(again.posted()).as("the rerun posts nothing").isFalse();
    assertThat(again.check().id()).isEqualTo(posted.check().id());
    // No identity is kept between calls: the rerun reads the context's checks of every user.
    LoggedRequest secondRead = gets(CHECKS_3).get(1);
    assertThat(secondRead.queryParameter("context").firstValue()).isEqualTo(success.context());
    assertThat(secondRead.queryParameter("user").isPresent()).isFalse();

    NewCheck failed = NewCheck.builder().state(CheckState.FAIL).context(success.context())
        .targetUrl(success.targetUrl().orElseThrow()).description(success.description().orElseThrow()).build();
    CheckReport changed = pw.blocking().checks().report(3, failed);
    CheckReport changedAgain = pw.blocking().checks().report(3, failed);

    assertThat(writes(server)).hasSize(2);
    assertThat(changed.posted()).as("a state change is posted").isTrue();
    assertThat(changed.check().state()).isEqualTo(CheckState.FAIL);
    assertThat(changedAgain.posted()).isFalse();
    assertThat(changedAgain.check().id()).isEqualTo(changed.check().id());
    assertThat(body(writes(server).get(1)).get("state").asText()).isEqualTo("fail");
  }

  @Test
  void aBotThatRerunsRecognisesItsOwnCheckWithoutHavingPosted() {
    // The recorded list holds user 2's checks in two contexts (answered here to the context
    // query too, so the client's own context match is exercised); the client asks who user 2 is.
    Recording list = checksOfPatch3();
    Recording self = server.stub("v1.3/user-self");
    assertThat(self.json().get("id").asInt()).isEqualTo(list.json().get(0).get("user").get("id").asInt());

    CheckReport standing = pw.checks().report(3, recordedNewCheck()).join();
    pw.checks().report(3, recordedNewCheck()).join();

    assertThat(writes(server)).isEmpty();
    assertThat(standing.posted()).isFalse();
    assertThat(standing.check().id()).isEqualTo(recordedCheck().get("id").asInt());
    assertThat(gets("/api/1.3/users/")).hasSize(2); // asked on each call: no identity kept between calls
  }

  private Recording checksOfPatch3() {
    Recording list = server.recording("writes/012-checks-after").withRole("maint");
    String query = "?context=" + recordedNewCheck().context() + "&per_page=250";
    server.stub(list.withPath(list.path() + query));
    // Every check recorded there is user 2's: the same answer to the query for user 2 only.
    String user = list.json().get(0).get("user").get("id").asText();
    server.stub(list.withPath(list.path() + query + "&user=" + user));
    return list;
  }

  @Test
  void anotherUsersCheckIsNotMine() {
    checksOfPatch3();
    ObjectNode notMe = (ObjectNode) server.recording("v1.3/user-self").json();
    notMe.remove("settings"); // the detail of another user carries no settings
    server.wireMock().stubFor(get(urlPathEqualTo("/api/1.3/users/2/")).willReturn(ok(200, notMe.toString())));
    Recording created = server.stub("writes/009-check-create");

    CheckReport posted = pw.checks().report(3, recordedNewCheck()).join();

    assertThat(body(onlyWrite(server))).isEqualTo(Exchange.load("writes/009-check-create").requestBody());
    assertThat(posted.posted()).isTrue();
    assertThat(posted.check().id()).isEqualTo(created.json().get("id").asInt());
  }

  @Test
  void withoutAWayToAskItSkipsOnlyWhenEveryUserAgrees() {
    JsonNode mine = recordedCheck();
    ObjectNode someoneElse = (ObjectNode) mine.deepCopy();
    someoneElse.put("id", 99);
    ((ObjectNode) someoneElse.get("user")).put("id", 4);
    someoneElse.put("state", "fail");
    String path = "/api/1.1/patches/3/checks/";
    try (PatchworkClient old = PatchworkClient.builder().baseUrl(server.baseUrl()).token("t")
        .apiVersion(ApiVersion.V1_1).build()) {
      server.wireMock().stubFor(get(urlPathEqualTo(path)).willReturn(ok(200, json(mine))));
      assertThat(old.checks().report(3, recordedNewCheck()).join().posted()).isFalse();
      assertThat(writes(server)).isEmpty();

      server.wireMock().stubFor(get(urlPathEqualTo(path)).willReturn(ok(200, json(mine, someoneElse))));
      server.wireMock().stubFor(post(urlPathEqualTo(path)).willReturn(ok(201, mine.toString())));
      assertThat(old.checks().report(3, recordedNewCheck()).join().posted()).isTrue();
      assertThat(writes(server)).hasSize(1);
    }
    assertThat(gets("/api/1.1/users/")).isEmpty(); // 1.1 shows no settings: never asked
  }

  @Test
  void comparesTheDescriptionAsTheServerStoresIt() throws IOException {
    Check existing = PatchworkJson.mapper().readValue(recordedCheck().toString(), Check.class);
    NewCheck same = recordedNewCheck();
    NewCheck padded = NewCheck.builder().state(same.state()).context(same.context())
        .targetUrl(same.targetUrl().orElseThrow()).description("  " + same.description().orElseThrow() + "\n").build();
    NewCheck other = NewCheck.builder().state(same.state()).context(same.context())
        .targetUrl(same.targetUrl().orElseThrow()).build();

    assertThat(CheckWrites.sameContent(existing, same)).isTrue();
    assertThat(CheckWrites.sameContent(existing, padded)).isTrue();
    assertThat(CheckWrites.sameContent(existing, other)).isFalse();
  }

  @Test
  void reportsOnEveryPatchOfASeries() {
    Recording series = server.recording("v1.3/series-13").withRole("maint");
    server.stub(series);
    List<Long> ids = Json.ids(series.json().get("patches"));
    for (long id : ids) {
      String path = "/api/1.3/patches/" + id + "/checks/";
      server.wireMock().stubFor(get(urlPathEqualTo(path)).willReturn(ok(200, "[]")));
      server.wireMock().stubFor(post(urlPathEqualTo(path)).willReturn(ok(201, recordedCheck().toString())));
    }

    BulkResult<CheckReport> result = pw.checks().reportSeries(13, recordedNewCheck()).join();

    assertThat(result.isComplete()).isTrue();
    assertThat(result.succeeded().keySet()).containsExactlyElementsOf(ids);
    assertThat(result.succeeded().values()).allSatisfy(r -> assertThat(r.posted()).isTrue());
    assertThat(writes(server)).hasSize(ids.size())
        .allSatisfy(r -> assertThat(body(r)).isEqualTo(Exchange.load("writes/009-check-create").requestBody()));
  }
}
