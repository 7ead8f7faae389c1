package io.github.patchwork4j.client.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.client.error.UnexpectedStatusException;
import io.github.patchwork4j.model.Patch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Links and redirects to another origin ({@code localhost} on another port: same machine,
 * another origin to the client): the token never leaves the base URL's origin. A {@code Link}
 * is moved onto the base URL and followed there; an API redirect is reported, not followed; a
 * download redirect is followed on the base URL only.
 */
@ExtendWith(TokenNeverLogged.class)
class ForeignOriginTest {

  private final FaultClient client = new FaultClient();

  @Test
  void aNextLinkToAnotherOriginIsFollowedOnTheBaseUrl() {
    Pages pages = new Pages(3, 4, false);
    try (FaultServer elsewhere = FaultServer.scripted(Reply.json(200, "[]"));
        FaultServer server = FaultServer.routing(request -> pages.page("http://localhost:" + elsewhere.port(), Pages.pageOf(request)));
        PatchworkClient pw = client.builder(server).build()) {
      List<Patch> all = pw.patches().list().toList().join();

      assertThat(all).hasSize(12);
      assertThat(server.requests()).extracting(Pages::pageOf).containsExactly(1, 2, 3);
      assertThat(server.requests()).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Token " + FaultClient.TOKEN));
      assertThat(elsewhere.connections()).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 307, 308})
  void anApiRedirectToAnotherHostIsReportedNotFollowed(int status) {
    try (FaultServer elsewhere = FaultServer.scripted(Reply.json(200, Bodies.patch()));
        FaultServer server = FaultServer.scripted(Reply.redirect(status, "http://localhost:" + elsewhere.port() + "/api/1.3/patches/1/"));
        PatchworkClient pw = client.builder(server).build()) {
      Throwable t = catchThrowable(() -> pw.blocking().patches().get(1));

      assertThat(t).isInstanceOf(UnexpectedStatusException.class).hasMessageContaining("localhost:" + elsewhere.port());
      assertThat(elsewhere.connections()).isZero();
      assertThat(server.count("GET")).isEqualTo(1);
    }
  }

  @Test
  void aDownloadRedirectToAnotherHostIsFollowedOnTheBaseUrl() {
    String mbox = "From nobody Mon Sep 17 00:00:00 2001\nSubject: [PATCH] x\n\n---\n";
    try (FaultServer elsewhere = FaultServer.scripted(Reply.json(200, "{}"));
        FaultServer server = FaultServer.routing(request -> request.path().equals("/patch/1/mbox/")
            ? Reply.redirect(302, "http://localhost:" + elsewhere.port() + "/project/alpha/patch/abc/mbox/")
            : Reply.answer(200, Map.of("Content-Type", "text/plain; charset=utf-8"), mbox.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        PatchworkClient pw = client.builder(server).build()) {
      String text = pw.blocking().downloads().patchMbox(1).text();

      assertThat(text).isEqualTo(mbox);
      assertThat(server.requests()).extracting(FaultServer.Received::path)
          .containsExactly("/patch/1/mbox/", "/project/alpha/patch/abc/mbox/");
      assertThat(elsewhere.connections()).isZero();
    }
  }
}
