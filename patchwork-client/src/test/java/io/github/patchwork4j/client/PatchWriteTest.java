package io.github.patchwork4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.patchwork4j.client.WriteAssertions.answerAnyBody;
import static io.github.patchwork4j.client.WriteAssertions.body;
import static io.github.patchwork4j.client.WriteAssertions.onlyWrite;
import static io.github.patchwork4j.client.WriteAssertions.writes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.patchwork4j.client.error.AuthenticationException;
import io.github.patchwork4j.client.error.ConflictException;
import io.github.patchwork4j.client.error.EndpointNotFoundException;
import io.github.patchwork4j.client.error.NotFoundException;
import io.github.patchwork4j.client.error.PatchworkException;
import io.github.patchwork4j.client.error.PermissionDeniedException;
import io.github.patchwork4j.client.error.UnsupportedFeatureException;
import io.github.patchwork4j.client.error.ValidationException;
import io.github.patchwork4j.client.testing.Json;
import io.github.patchwork4j.client.testing.Prefix;
import io.github.patchwork4j.client.testing.RecordedServer;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.PatchRef;
import io.github.patchwork4j.model.PatchState;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code pw.patches().update(...)} against the answers in {@code recordings/writes/} and {@code
 * errors/}: the exact body sent, the answer read, and each refusal as its typed exception.
 */
class PatchWriteTest {

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

  /** Stubs a recording, sends the update, and checks the body and method that went out. */
  private Patch sendRecorded(String name, PatchUpdate update) {
    Recording r = server.stub(name);
    Patch patch = pw.patches().update(idIn(r.path()), update).join();
    LoggedRequest sent = onlyWrite(server);
    assertThat(sent.getMethod().getName()).isEqualTo("PATCH");
    assertThat(sent.getUrl()).isEqualTo(r.path());
    assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
    assertThat(body(sent)).isEqualTo(Exchange.load(name).requestBody());
    return patch;
  }

  private static long idIn(String path) {
    String[] parts = path.split("/");
    return Long.parseLong(parts[parts.length - 1]);
  }

  @Test
  void setsTheStateBySlug() {
    Patch p = sendRecorded("writes/001-patch-set-state", PatchUpdate.builder().state(PatchState.UNDER_REVIEW).build());
    JsonNode answer = server.recording("writes/001-patch-set-state").json();
    assertThat(p.id()).isEqualTo(answer.get("id").asInt());
    assertThat(p.state()).isEqualTo(PatchState.of(answer.get("state").asText()));
  }

  @Test
  void aStateGivenByNameGoesOutAsItsSlug() {
    Recording r = server.recording("writes/002-patch-set-state-by-name");
    answerAnyBody(server, r); // recorded with the name; the client sends the slug
    PatchState byName = PatchState.of(Exchange.load("writes/002-patch-set-state-by-name").requestBody().get("state").asText());

    Patch p = pw.patches().update(3, PatchUpdate.builder().state(byName).build()).join();

    JsonNode sent = body(onlyWrite(server));
    assertThat(sent.get("state").isTextual()).isTrue();
    assertThat(sent.get("state").asText()).isEqualTo(r.json().get("state").asText());
    assertThat(p.state().slug()).isEqualTo(r.json().get("state").asText());
  }

  @Test
  void delegatesAndClearsTheDelegate() {
    Patch delegated = sendRecorded("writes/003-patch-set-delegate", PatchUpdate.builder().delegate(2).build());
    JsonNode answer = server.recording("writes/003-patch-set-delegate").json();
    assertThat(delegated.delegate()).hasValueSatisfying(
        u -> assertThat(u.username()).isEqualTo(answer.get("delegate").get("username").asText()));
  }

  @Test
  void clearsTheDelegateWithNull() {
    Patch cleared = sendRecorded("writes/004-patch-clear-delegate", PatchUpdate.builder().clearDelegate().build());
    assertThat(server.recording("writes/004-patch-clear-delegate").json().get("delegate").isNull()).isTrue();
    assertThat(cleared.delegate()).isEmpty();
  }

  @Test
  void archivesSetsCommitRefAndClearsPullUrl() {
    Patch p = sendRecorded("writes/005-patch-archive-commit-ref",
        PatchUpdate.builder().archived(true).commitRef("0123abcd").clearPullUrl().build());
    JsonNode answer = server.recording("writes/005-patch-archive-commit-ref").json();
    assertThat(p.archived()).isEqualTo(answer.get("archived").asBoolean());
    assertThat(p.commitRef()).contains(answer.get("commit_ref").asText());
    assertThat(p.pullUrl()).isEmpty();
  }

  @Test
  void relatesPatchesAndRemovesOneFromItsRelation() {
    Patch related = sendRecorded("writes/007-patch-relate", PatchUpdate.builder().related(5, 6).build());
    assertThat(related.related()).extracting(PatchRef::id)
        .containsExactlyElementsOf(Json.ids(
            server.recording("writes/007-patch-relate").json().get("related")));
    server.wireMock().resetAll();

    Patch alone = sendRecorded("writes/008-patch-unrelate", PatchUpdate.builder().related().build());
    assertThat(alone.related()).isEmpty();
  }

  @Test
  void relationsNeedApi12AndNothingIsSentBelow() {
    try (PatchworkClient old = PatchworkClient.builder().baseUrl(server.baseUrl())
        .token("t").apiVersion(ApiVersion.V1_1).build()) {
      CompletableFuture<Patch> f = old.patches().update(4, PatchUpdate.builder().related(5).build());

      assertThatThrownBy(f::join).hasCauseInstanceOf(UnsupportedFeatureException.class);
      UnsupportedFeatureException e = (UnsupportedFeatureException) cause(f);
      assertThat(e.requiredVersion()).isEqualTo(ApiVersion.V1_2);
      assertThat(e.actualVersion()).isEqualTo(ApiVersion.V1_1);
      assertThat(e.getMessage()).contains("related");
      assertThatThrownBy(() -> old.blocking().patches().update(4, PatchUpdate.builder().related(5).build()))
          .isInstanceOf(UnsupportedFeatureException.class);
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void anonymousIsAnAuthenticationFailure() {
    Recording r = server.stub("errors/012-patch-anonymous");
    try (PatchworkClient anonymous = Prefix.V1_3.client(server)) {
      PatchworkException e = failure(anonymous.patches().update(1, PatchUpdate.builder().state(PatchState.ACCEPTED).build()));
      assertThat(e).isInstanceOf(AuthenticationException.class);
      assertThat(e.statusCode()).hasValue(r.status());
      assertThat(e.detail()).contains(r.json().get("detail").asText());
    }
    assertThat(body(onlyWrite(server))).isEqualTo(Exchange.load("errors/012-patch-anonymous").requestBody());
  }

  @Test
  void aUserWithoutRightsIsDenied() {
    Recording r = server.stub("errors/013-patch-no-permission");
    PatchworkException e = failure(pw.patches().update(1, PatchUpdate.builder().state(PatchState.ACCEPTED).build()));
    assertThat(e).isInstanceOf(PermissionDeniedException.class);
    assertThat(e.detail()).contains(r.json().get("detail").asText());
    assertThat(writes(server)).hasSize(1); // 403 is not retried
  }

  @Test
  void badTokenIsAnAuthenticationFailureForWritesToo() {
    // Recorded for a GET; the server checks the token before the method (docs/server-behaviour.md), so a
    // PATCH with that token gets the same answer.
    Recording r = server.recording("errors/008-bad-token");
    server.wireMock().stubFor(any(urlPathEqualTo("/api/1.3/patches/1/")).willReturn(
        aResponse().withStatus(r.status()).withHeader("Content-Type", r.headers().get("Content-Type"))
            .withBody(r.bodyText())));

    PatchworkException e = failure(pw.patches().update(1, PatchUpdate.builder().archived(true).build()));

    assertThat(e).isInstanceOf(AuthenticationException.class);
    assertThat(e.detail()).contains(r.json().get("detail").asText());
    assertThat(writes(server)).hasSize(1);
  }

  @Test
  void serverFieldMessagesAreReachable() {
    for (String name : List.of("errors/014-patch-invalid-state", "errors/016-patch-delegate-not-maintainer",
        "errors/017-patch-delegate-unknown")) {
      server.wireMock().resetAll();
      Recording r = server.stub(name);
      JsonNode sentBody = Exchange.load(name).requestBody();
      PatchUpdate update = sentBody.has("state")
          ? PatchUpdate.builder().state(PatchState.of(sentBody.get("state").asText())).build()
          : PatchUpdate.builder().delegate(sentBody.get("delegate").asInt()).build();

      PatchworkException e = failure(pw.patches().update(1, update));

      assertThat(e).as(name).isInstanceOf(ValidationException.class);
      ValidationException v = (ValidationException) e;
      String field = r.json().fieldNames().next();
      assertThat(v.fieldErrors()).containsOnlyKeys(field);
      assertThat(v.fieldErrors().get(field)).containsExactly(r.json().get(field).get(0).asText());
      assertThat(body(onlyWrite(server))).isEqualTo(sentBody);
    }
  }

  @Test
  void aDetailListIsReadAsTheDetail() {
    // errors/027: a 400 whose detail is a list; recorded for an array body, which this client
    // cannot send, so the answer is served to an ordinary update.
    Recording r = server.recording("errors/027-json-array-body");
    answerAnyBody(server, r);

    PatchworkException e = failure(pw.patches().update(1, PatchUpdate.builder().archived(true).build()));

    assertThat(e).isInstanceOf(ValidationException.class);
    assertThat(e.detail()).contains(r.json().get("detail").get(0).asText());
    assertThat(((ValidationException) e).fieldErrors()).isEmpty();
  }

  @Test
  void anUnknownPatchOrARouteTheServerLacks() {
    Recording missing = server.recording("errors/001-unknown-patch");
    answerAnyBody(server, missing.withMethod("PATCH").withRole("maint"));
    assertThat(failure(pw.patches().update(999999, PatchUpdate.builder().archived(true).build())))
        .isInstanceOf(NotFoundException.class);

    // errors/003: a 3.2 server answers /api/1.4/ with an HTML 404; so does every write under it.
    Recording noSuchVersion = server.recording("errors/003-unknown-version");
    answerAnyBody(server, noSuchVersion.withMethod("PATCH").withPath("/api/1.4/projects/alpha/"));
    try (PatchworkClient v14 = PatchworkClient.builder().baseUrl(server.baseUrl()).token("t")
        .apiVersion(ApiVersion.V1_4).build()) {
      assertThat(failure(v14.projects().update("alpha", ProjectUpdate.builder().showDependencies(true).build())))
          .isInstanceOf(EndpointNotFoundException.class);
    }
  }

  @Test
  void aRelationConflictIsAConflict() {
    // docs/server-behaviour.md: a listed patch already in another relation → 409 {"detail": "…"}.
    String detail = "Patch 9 is already part of another relation";
    server.wireMock().stubFor(any(urlPathEqualTo("/api/1.3/patches/4/")).willReturn(
        aResponse().withStatus(409).withHeader("Content-Type", "application/json")
            .withBody("{\"detail\": \"" + detail + "\"}")));

    PatchworkException e = failure(pw.patches().update(4, PatchUpdate.builder().related(9).build()));

    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.detail()).contains(detail);
    assertThat(writes(server)).hasSize(1); // 409 is never retried
  }

  @Test
  void aPatchIsRetriedOnAnUnavailableServerAndNeverSentAsPut() {
    Recording ok = server.recording("writes/001-patch-set-state");
    server.wireMock().stubFor(any(urlPathEqualTo("/api/1.3/patches/3/"))
        .inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ready"));
    server.wireMock().stubFor(any(urlPathEqualTo("/api/1.3/patches/3/"))
        .inScenario("busy").whenScenarioStateIs("ready")
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(ok.bodyText())));
    try (PatchworkClient quick = Prefix.V1_3.builder(server).token("t")
        .sleeper(d -> CompletableFuture.completedFuture(null)).build()) {
      Patch p = quick.patches().update(3, PatchUpdate.builder().state(PatchState.UNDER_REVIEW).build()).join();
      assertThat(p.state()).isEqualTo(PatchState.of(ok.json().get("state").asText()));
    }
    assertThat(writes(server)).hasSize(2).allSatisfy(r -> {
      assertThat(r.getMethod().getName()).isEqualTo("PATCH");
      assertThat(body(r)).isEqualTo(Exchange.load("writes/001-patch-set-state").requestBody());
    });
  }

  @Test
  void blockingTwinReturnsThePatch() {
    Recording r = server.stub("writes/001-patch-set-state");
    Patch p = pw.blocking().patches().update(3, PatchUpdate.builder().state(PatchState.UNDER_REVIEW).build());
    assertThat(p.state().slug()).isEqualTo(r.json().get("state").asText());
    assertThatThrownBy(() -> pw.patches().update(0, PatchUpdate.builder().archived(true).build()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Throwable cause(CompletableFuture<?> f) {
    try {
      f.join();
    } catch (CompletionException e) {
      return e.getCause();
    }
    throw new AssertionError("expected the call to fail");
  }

  static PatchworkException failure(CompletableFuture<?> f) {
    Throwable c = cause(f);
    assertThat(c).isInstanceOf(PatchworkException.class);
    return (PatchworkException) c;
  }
}
