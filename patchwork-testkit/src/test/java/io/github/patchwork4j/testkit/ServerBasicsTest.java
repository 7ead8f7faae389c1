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

/** Starting, addressing and authenticating against a fake (docs/server-behaviour.md). */
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

  @Test
  void aStubOfYourOwnAnswersInsteadOfTheFakeUntilRemovedAndIsStillRecorded() {
    try (FakePatchwork fake = FakePatchwork.start()) {
      com.github.tomakehurst.wiremock.stubbing.StubMapping outage = fake.wireMock().stubFor(
          com.github.tomakehurst.wiremock.client.WireMock.get("/api/1.3/patches/1/").willReturn(
              com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503).withBody("maintenance")));
      HttpResponse<String> down = Http.anonymous(fake).get("/api/1.3/patches/1/");
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.body()).isEqualTo("maintenance");
      assertThat(Http.anonymous(fake).get("/api/1.3/patches/2/").statusCode()).isEqualTo(200);
      assertThat(fake.requests()).extracting(RecordedRequest::path)
          .containsExactly("/api/1.3/patches/1/", "/api/1.3/patches/2/");
      fake.wireMock().removeStub(outage);
      assertThat(Http.anonymous(fake).get("/api/1.3/patches/1/").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void listensOnLoopbackOnly() throws Exception {
    java.util.List<java.net.InetAddress> others = new java.util.ArrayList<>();
    for (java.net.NetworkInterface nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
      if (nic.isUp() && !nic.isLoopback()) {
        nic.inetAddresses().filter(a -> a instanceof java.net.Inet4Address).forEach(others::add);
      }
    }
    org.junit.jupiter.api.Assumptions.assumeFalse(others.isEmpty(), "this machine has no other IPv4 address");
    try (FakePatchwork fake = FakePatchwork.start()) {
      for (java.net.InetAddress address : others) {
        try (java.net.Socket socket = new java.net.Socket()) {
          assertThatThrownBy(() -> socket.connect(new java.net.InetSocketAddress(address, fake.baseUrl().getPort()),
              2_000)).as("%s", address).isInstanceOf(java.io.IOException.class);
        }
      }
    }
  }

  @Test
  void aRequestTheFakeFailsOnIsAnHtml500NotAHang(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    // a data set of one patch without links: building its mbox redirect fails inside the fake
    java.nio.file.Files.writeString(dir.resolve("projects.json"), "[{\"id\": 1, \"url\": "
        + "\"http://patchwork.example/api/1.3/projects/1/\", \"name\": \"A\", \"link_name\": \"a\"}]");
    java.nio.file.Files.writeString(dir.resolve("patches.json"), "[{\"id\": 1, \"state\": \"new\", "
        + "\"project\": {\"id\": 1}}]");
    try (FakePatchwork fake = FakePatchwork.builder().dataset(dir).start()) {
      HttpResponse<String> r = Http.anonymous(fake).get("/patch/1/mbox/");
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      assertThat(r.body()).contains("Server Error (500)");
      // the server carries on
      assertThat(Http.anonymous(fake).get("/api/projects/1/").statusCode()).isEqualTo(200);
    }
  }
}
