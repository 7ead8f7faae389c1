package io.github.patchwork4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Starting, addressing and authenticating against a fake (reference §8.1). */
class ServerBasicsTest {

  @Test
  void startsOnLoopbackOnAFreePortOfItsOwn() {
    try (FakePatchwork one = FakePatchwork.start(); FakePatchwork two = FakePatchwork.start()) {
      assertThat(one.baseUrl().getHost()).isEqualTo("127.0.0.1");
      assertThat(one.baseUrl().getPort()).isPositive().isNotEqualTo(two.baseUrl().getPort());
      assertThat(one.baseUrl().toString()).doesNotEndWith("/");
      assertThat(Http.anonymous(one).json("/api/").get("patches").asText())
          .isEqualTo(one.baseUrl() + "/api/patches/");
    }
  }

  @Test
  void closingFreesThePort() {
    FakePatchwork fake = FakePatchwork.start();
    URI base = fake.baseUrl();
    fake.close();
    assertThatThrownBy(() -> Replay.HTTP.send(HttpRequest.newBuilder(base.resolve("/api/")).build(),
        HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
  }

  @Test
  void eachUserHasATokenOfThisServerOnly() {
    try (FakePatchwork one = FakePatchwork.start(); FakePatchwork two = FakePatchwork.start()) {
      String token = one.tokenFor("maint");
      assertThat(token).matches("[0-9a-f]{40}").isEqualTo(one.tokenFor("maint"))
          .isNotEqualTo(one.tokenFor("admin")).isNotEqualTo(two.tokenFor("maint"));
      HttpResponse<String> elsewhere = Http.withHeader(two, "Token " + token).get("/api/1.3/people/");
      assertThat(elsewhere.statusCode()).isEqualTo(403);
      assertThat(elsewhere.body()).contains("Invalid token.");
    }
  }

  @Test
  void anUnknownUserHasNoTokenAndTheMessageListsTheUsers() {
    try (FakePatchwork fake = FakePatchwork.start()) {
      assertThatThrownBy(() -> fake.tokenFor("nobody"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("nobody").hasMessageContaining("maint2").hasMessageContaining("other");
    }
  }

  @Test
  void theTokenSchemeIsCaseInsensitiveAndBearerCountsAsAnonymous() {
    try (FakePatchwork fake = FakePatchwork.start()) {
      String token = fake.tokenFor("maint");
      assertThat(Http.withHeader(fake, "token " + token).get("/api/1.3/people/").statusCode()).isEqualTo(200);
      HttpResponse<String> bearer = Http.withHeader(fake, "Bearer " + token).get("/api/1.3/people/");
      assertThat(bearer.statusCode()).isEqualTo(403);
      assertThat(bearer.body()).contains("Authentication credentials were not provided.");
    }
  }

  @Test
  void basicAuthenticationTakesTheUsersPassword() {
    try (FakePatchwork fake = FakePatchwork.start()) {
      String good = Base64.getEncoder().encodeToString(
          ("maint:" + fake.passwordFor("maint")).getBytes(StandardCharsets.UTF_8));
      String bad = Base64.getEncoder().encodeToString("maint:wrong".getBytes(StandardCharsets.UTF_8));
      assertThat(Http.withHeader(fake, "Basic " + good).json("/api/1.3/users/2/").has("settings")).isTrue();
      HttpResponse<String> refused = Http.withHeader(fake, "Basic " + bad).get("/api/1.3/patches/");
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).isEqualTo("{\"detail\":\"Invalid username/password.\"}");
    }
  }

  @Test
  void unknownPagesAreHtml404sAndAMissingSlashIsA301KeepingTheQuery() {
    try (FakePatchwork fake = FakePatchwork.start()) {
      HttpResponse<String> unknown = Http.anonymous(fake).get("/api/1.3/nothing/");
      assertThat(unknown.statusCode()).isEqualTo(404);
      assertThat(unknown.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      HttpResponse<String> noSlash = Http.anonymous(fake).get("/api/1.3/patches?project=alpha");
      assertThat(noSlash.statusCode()).isEqualTo(301);
      assertThat(noSlash.headers().firstValue("Location")).hasValue("/api/1.3/patches/?project=alpha");
    }
  }
}
