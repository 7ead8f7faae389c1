package io.github.patchwork4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.patchwork4j.client.internal.Version;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import io.github.patchwork4j.client.testing.RecordingTest;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.Patch;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** What every request carries (docs/server-behaviour.md). */
class RequestHeadersTest extends RecordingTest {

  @Test
  void apiCallsAskForJsonNameTheSdkAndEndWithASlash() {
    server.stub("v1.3/patch-1");
    server.stub("v1.3/project-by-linkname");
    try (PatchworkClient pw = builder().apiVersion(ApiVersion.V1_3).build()) {
      pw.patches().get(1).join();
      pw.projects().get("alpha").join();
    }
    assertThat(server.requests()).hasSize(2).allSatisfy(r -> {
      assertThat(r.getHeader("Accept")).isEqualTo("application/json");
      assertThat(r.getHeader("User-Agent")).isEqualTo("patchwork4j/" + Version.sdk()).doesNotEndWith("/dev");
      assertThat(r.containsHeader("Authorization")).isFalse();
      assertThat(URI.create(r.getUrl()).getPath()).endsWith("/");
    });
  }

  @Test
  void tokenAndBasicCredentialsUseThePatchworkSchemes() {
    Recording patch = server.recording("v1.3/patch-1").withRole("maint");
    server.stub(patch);
    try (PatchworkClient token = builder().apiVersion(ApiVersion.V1_3).token("abc123").build();
        PatchworkClient basic = builder().apiVersion(ApiVersion.V1_3).basicAuth("maint", "pa:ss").build()) {
      token.patches().get(1).join();
      basic.patches().get(1).join();
    }
    assertThat(server.requests()).extracting(r -> r.getHeader("Authorization"))
        .containsExactly("Token abc123", "Basic bWFpbnQ6cGE6c3M=");
  }

  @Test
  void bodiesAreJsonWithExplicitNulls() {
    // The recording only answers a body equal (as JSON) to the recorded {"delegate": null}.
    server.stub("writes/patch-clear-delegate");
    try (PatchworkClient pw = builder().apiVersion(ApiVersion.V1_3).token("abc123").build()) {
      java.util.Map<String, Object> body = new java.util.HashMap<>();
      body.put("delegate", null);
      Patch p = pw.session().sendJson("PATCH", URI.create(server.baseUrl() + "/api/1.3/patches/3/"), body, Patch.class)
          .join();

      assertThat(p.delegate()).isEmpty();
      assertThat(server.requests().get(0).getHeader("Content-Type")).isEqualTo("application/json");
      assertThat(server.requests().get(0).getBodyAsString()).isEqualTo("{\"delegate\":null}");
      assertThat(server.requests().get(0).getMethod().getName()).isEqualTo("PATCH");
    }
  }
}
