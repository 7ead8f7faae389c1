package io.github.patchwork4j.client;

import static io.github.patchwork4j.client.PatchWriteTest.failure;
import static io.github.patchwork4j.client.WriteAssertions.answerAnyBody;
import static io.github.patchwork4j.client.WriteAssertions.body;
import static io.github.patchwork4j.client.WriteAssertions.onlyWrite;
import static io.github.patchwork4j.client.WriteAssertions.writes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.patchwork4j.client.error.ConflictException;
import io.github.patchwork4j.client.error.PatchworkException;
import io.github.patchwork4j.client.error.PermissionDeniedException;
import io.github.patchwork4j.client.error.UnsupportedFeatureException;
import io.github.patchwork4j.client.testing.Json;
import io.github.patchwork4j.client.testing.Prefix;
import io.github.patchwork4j.client.testing.RecordedServer;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.Bundle;
import io.github.patchwork4j.model.PatchRef;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code bundles().create/update/delete} against recordings/writes/ and errors/. */
class BundleWriteTest {

  private RecordedServer server;
  private PatchworkClient pw;

  @BeforeEach
  void start() {
    server = RecordedServer.start();
    pw = Prefix.V1_3.clientWithToken(server);
  }

  @AfterEach
  void stop() {
    assertThat(server.unmatched()).as("requests no stub answered").isEmpty();
    pw.close();
    server.close();
  }

  /** Answers the name search with the bundles of the recorded owner's list that have this name. */
  private void searchAnswers(String name, String extraQuery) {
    Recording all = server.recording("v1.3/bundles-owner");
    ArrayNode named = (ArrayNode) Exchange.tree("[]");
    for (JsonNode b : all.json()) {
      if (b.get("name").asText().equals(name)) {
        named.add(b);
      }
    }
    server.stub(all.withPath("/api/1.3/bundles/?q=" + name + extraQuery + "&per_page=250")
        .withBody(named.toString()).withHeader("Link", null));
  }

  private static NewBundle recordedNewBundle() {
    JsonNode sent = Exchange.load("writes/013-bundle-create").requestBody();
    return NewBundle.builder()
        .name(sent.get("name").asText())
        .patches(ints(sent.get("patches")))
        .isPublic(sent.get("public").asBoolean())
        .build();
  }

  /** A JSON array of numbers as a list. */
  private static List<Long> ints(JsonNode array) {
    List<Long> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asLong()));
    return out;
  }

  private List<LoggedRequest> userReads() {
    return server.requests().stream().filter(r -> r.getUrl().contains("/users/")).collect(Collectors.toList());
  }

  @Test
  void createsABundleAfterCheckingTheName() {
    searchAnswers("recorded", "");
    Recording created = server.stub("writes/013-bundle-create");

    Bundle bundle = pw.bundles().create(recordedNewBundle()).join();

    LoggedRequest sent = onlyWrite(server);
    assertThat(sent.getMethod().getName()).isEqualTo("POST");
    assertThat(body(sent)).isEqualTo(Exchange.load("writes/013-bundle-create").requestBody());
    assertThat(bundle.id()).isEqualTo(created.json().get("id").asInt());
    assertThat(bundle.isPublic()).isEqualTo(created.json().get("public").asBoolean());
    assertThat(bundle.owner().username()).isEqualTo(created.json().get("owner").get("username").asText());
    assertThat(server.requestUrls().get(0)).startsWith("/api/1.3/bundles/?");
  }

  @Test
  void refusesANameTheCallerUsesForAPrivateBundle() {
    searchAnswers("maint-todo", "");
    NewBundle again = NewBundle.builder().name("maint-todo").patches(3).build();

    PatchworkException e = failure(pw.bundles().create(again));

    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.getMessage()).contains("maint-todo", "500", "Nothing was sent");
    assertThat(writes(server)).isEmpty();
    assertThat(userReads()).isEmpty(); // only the owner sees a private bundle
  }

  @Test
  void refusesANameTheCallerUsesForAPublicBundle() {
    searchAnswers("alpha-next", "");
    server.stub("v1.3/user-self"); // user 2's detail, read as user 2: with settings

    assertThatThrownBy(() -> pw.blocking().bundles().create(NewBundle.builder().name("alpha-next").patches(3).build()))
        .isInstanceOf(ConflictException.class);
    assertThat(writes(server)).isEmpty();
  }

  @Test
  void anotherUsersBundleOfTheSameNameIsNoObstacle() {
    searchAnswers("other-watchlist", "");
    Recording other = server.recording("v1.3/user-other"); // a user's detail read by someone else
    ObjectNode owner = (ObjectNode) other.json();
    owner.put("id", 5);
    server.stub(other.withPath("/api/1.3/users/5/").withBody(owner.toString()));
    answerAnyBody(server, server.recording("writes/013-bundle-create"));

    pw.bundles().create(NewBundle.builder().name("other-watchlist").patches(3).build()).join();

    assertThat(body(onlyWrite(server)).get("name").asText()).isEqualTo("other-watchlist");
    assertThat(userReads()).hasSize(1);
  }

  @Test
  void replacesThePatchesInTheGivenOrderAndRenames() {
    Recording r = server.stub("writes/014-bundle-rename-replace-patches");
    JsonNode sentBody = Exchange.load("writes/014-bundle-rename-replace-patches").requestBody();
    searchAnswers(sentBody.get("name").asText(), "");

    Bundle bundle = pw.bundles().update(6,
        BundleUpdate.builder().name(sentBody.get("name").asText()).patches(ints(sentBody.get("patches"))).build()).join();

    LoggedRequest sent = onlyWrite(server);
    assertThat(sent.getMethod().getName()).isEqualTo("PATCH");
    assertThat(body(sent)).isEqualTo(sentBody);
    assertThat(bundle.name()).isEqualTo(r.json().get("name").asText());
    assertThat(bundle.patches()).extracting(PatchRef::id).containsExactlyElementsOf(Json.ids(r.json().get("patches")));
  }

  @Test
  void refusesRenamingToANameTheCallerUsesForAnotherBundle() {
    // The server's unique (owner, name) constraint has no validator: a rename to a taken name
    // fails with HTTP 500, as a second bundle of that name does.
    searchAnswers("maint-todo", "");

    PatchworkException e = failure(pw.bundles().update(6, BundleUpdate.builder().name("maint-todo").build()));

    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.getMessage()).contains("maint-todo", "Nothing was sent");
    assertThat(writes(server)).isEmpty();
  }

  @Test
  void keepingABundlesOwnNameIsNoConflict() {
    searchAnswers("maint-todo", "");
    Recording r = server.recording("writes/014-bundle-rename-replace-patches");
    ObjectNode answer = (ObjectNode) r.json();
    answer.put("id", 2).put("name", "maint-todo");
    answerAnyBody(server, r.withPath("/api/1.3/bundles/2/").withBody(answer.toString()));

    Bundle b = pw.bundles().update(2, BundleUpdate.builder().name("maint-todo").isPublic(false).build()).join();

    assertThat(b.name()).isEqualTo("maint-todo");
    assertThat(body(onlyWrite(server)).get("name").asText()).isEqualTo("maint-todo");
  }

  @Test
  void sendsTheNameTrimmedAsTheServerStoresIt() {
    // The server trims names before storing them; " maint-todo " is the taken "maint-todo".
    searchAnswers("maint-todo", "");

    assertThatThrownBy(() -> pw.blocking().bundles().create(NewBundle.builder().name(" maint-todo ").patches(3).build()))
        .isInstanceOf(ConflictException.class);
    assertThat(BundleUpdate.builder().name("  next  ").build().toString()).contains("\"next\"");
  }

  @Test
  void anotherUserMayNotChangeABundle() {
    Recording r = server.stub("writes/015-bundle-other-user-patch");

    PatchworkException e = failure(pw.bundles().update(6, BundleUpdate.builder().isPublic(false).build()));

    assertThat(e).isInstanceOf(PermissionDeniedException.class);
    assertThat(e.detail()).contains(r.json().get("detail").asText());
    assertThat(body(onlyWrite(server))).isEqualTo(Exchange.load("writes/015-bundle-other-user-patch").requestBody());
  }

  @Test
  void deletes() {
    Recording r = server.stub("writes/016-bundle-delete");
    assertThat(r.status()).isEqualTo(204);

    pw.blocking().bundles().delete(6);

    LoggedRequest sent = onlyWrite(server);
    assertThat(sent.getMethod().getName()).isEqualTo("DELETE");
    assertThat(sent.getUrl()).isEqualTo(r.path());
  }

  @Test
  void bundleWritesNeedApi12AndNothingIsSentBelow() {
    // errors/026: through 1.1 the server answers 405; the client does not ask.
    Recording old = server.recording("errors/026-bundle-write-old-version");
    assertThat(old.status()).isEqualTo(405);
    try (PatchworkClient v11 = PatchworkClient.builder().baseUrl(server.baseUrl()).token("t")
        .apiVersion(ApiVersion.V1_1).build()) {
      for (Runnable write : List.<Runnable>of(
          () -> v11.blocking().bundles().create(NewBundle.builder().name("old").patches(1).build()),
          () -> v11.blocking().bundles().update(6, BundleUpdate.builder().isPublic(true).build()),
          () -> v11.blocking().bundles().delete(6))) {
        assertThatThrownBy(write::run).isInstanceOf(UnsupportedFeatureException.class)
            .satisfies(e -> assertThat(((UnsupportedFeatureException) e).requiredVersion()).isEqualTo(ApiVersion.V1_2));
      }
    }
    assertThat(server.requests()).isEmpty();
  }
}
