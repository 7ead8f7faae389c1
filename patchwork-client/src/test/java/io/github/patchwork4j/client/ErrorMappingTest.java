package io.github.patchwork4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.patchwork4j.client.error.AuthenticationException;
import io.github.patchwork4j.client.error.ConflictException;
import io.github.patchwork4j.client.error.DecodingException;
import io.github.patchwork4j.client.error.EndpointNotFoundException;
import io.github.patchwork4j.client.error.MethodNotAllowedException;
import io.github.patchwork4j.client.error.NotFoundException;
import io.github.patchwork4j.client.error.PatchworkException;
import io.github.patchwork4j.client.error.PermissionDeniedException;
import io.github.patchwork4j.client.error.RateLimitedException;
import io.github.patchwork4j.client.error.ServerException;
import io.github.patchwork4j.client.error.TransportException;
import io.github.patchwork4j.client.error.UnexpectedStatusException;
import io.github.patchwork4j.client.error.ValidationException;
import io.github.patchwork4j.client.internal.ApiRequest;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import io.github.patchwork4j.client.testing.RecordingTest;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.Patch;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every row of design.md's error table, produced by a recorded answer where one exists
 * (errors/) and by a stub otherwise; and no exception ever shows the token.
 */
class ErrorMappingTest extends RecordingTest {

  private static final String TOKEN = "9f8e7d6c5b4a-token-under-test";

  private final java.util.List<Throwable> raised = new java.util.ArrayList<>();

  private PatchworkClient withToken() {
    return builder().apiVersion(ApiVersion.V1_3).token(TOKEN).maxAttempts(1).build();
  }

  private PatchworkClient anonymous() {
    return builder().apiVersion(ApiVersion.V1_3).maxAttempts(1).build();
  }

  /** The failure of the call, unwrapped, remembered for the token check. */
  private Throwable failure(CompletableFuture<?> call) {
    Throwable t = catchThrowable(call::join);
    assertThat(t).isNotNull();
    Throwable cause = t.getCause() == null ? t : t.getCause();
    raised.add(cause);
    return cause;
  }

  private Throwable failure(Runnable blockingCall) {
    Throwable t = catchThrowable(blockingCall::run);
    raised.add(t);
    return t;
  }

  @AfterEach
  void noExceptionShowsTheToken() {
    for (Throwable t : raised) {
      for (Throwable c = t; c != null; c = c.getCause()) {
        assertThat(String.valueOf(c.getMessage())).doesNotContain(TOKEN);
        assertThat(c.toString()).doesNotContain(TOKEN);
        if (c instanceof PatchworkException p) {
          assertThat(p.body().orElse("")).doesNotContain(TOKEN);
          assertThat(p.detail().orElse("")).doesNotContain(TOKEN);
        }
      }
    }
  }

  private URI api(String path) {
    return URI.create(server.baseUrl() + path);
  }

  @Test
  void status400IsAValidationExceptionWithFieldErrors() {
    Recording r = server.stub("errors/patch-invalid-state");
    Recording put = server.stub("errors/put-missing-fields");
    try (PatchworkClient pw = withToken()) {
      Throwable t = failure(pw.session().sendJson("PATCH", api("/api/1.3/patches/1/"), Map.of("state", "bogus"), Patch.class));
      Throwable t2 = failure(pw.session().sendJson("PUT", api("/api/1.3/patches/1/"), Map.of("archived", false), Patch.class));

      assertThat(t).isInstanceOf(ValidationException.class);
      ValidationException v = (ValidationException) t;
      assertThat(v.statusCode()).hasValue(400);
      assertThat(v.method()).isEqualTo("PATCH");
      assertThat(v.fieldErrors()).containsOnlyKeys("state");
      assertThat(v.fieldErrors().get("state").get(0)).isEqualTo(r.json().get("state").get(0).asText());
      assertThat(v.getMessage()).contains("Invalid state bogus");
      assertThat(((ValidationException) t2).fieldErrors()).containsOnlyKeys("state", "delegate");
      assertThat(put.json().fieldNames()).toIterable().containsExactlyInAnyOrder("state", "delegate");
    }
  }

  @Test
  void detailSentAsAListIsKept() {
    Recording r = server.stub("errors/json-array-body");
    try (PatchworkClient pw = withToken()) {
      Throwable t = failure(pw.session().sendJson("PATCH", api("/api/1.3/patches/1/"), List.of(1, 2), Patch.class));

      assertThat(t).isInstanceOf(ValidationException.class);
      assertThat(((ValidationException) t).detail()).contains(r.json().get("detail").get(0).asText());
      assertThat(((ValidationException) t).fieldErrors()).isEmpty();
    }
  }

  @Test
  void status403WithoutCredentialsIsAnAuthenticationException() {
    server.stub(server.recording("errors/anonymous-people").withPageSize(250));
    server.stub("errors/patch-anonymous");
    try (PatchworkClient pw = anonymous()) {
      Throwable read = failure(pw.people().list().firstPage());
      Throwable write = failure(pw.session().sendJson("PATCH", api("/api/1.3/patches/1/"), Map.of("state", "accepted"), Patch.class));

      assertThat(read).isInstanceOf(AuthenticationException.class).hasMessageContaining("token(...)");
      assertThat(((PatchworkException) read).detail()).contains("Authentication credentials were not provided.");
      assertThat(write).isInstanceOf(AuthenticationException.class);
    }
  }

  @Test
  void status403ForABadTokenIsAnAuthenticationException() {
    server.stub("errors/bad-token");
    try (PatchworkClient pw = builder().apiVersion(ApiVersion.V1_3).token(TOKEN).build()) {
      Throwable t = failure(pw.patches().list(PatchQuery.builder().pageSize(1).build()).firstPage());

      assertThat(t).isInstanceOf(AuthenticationException.class).hasMessageContaining("Invalid token.");
      assertThat(((PatchworkException) t).statusCode()).hasValue(403);
    }
  }

  @Test
  void credentialsTheServerNeverSawPointAtTheProxy() {
    // Apache mod_wsgi drops the Authorization header unless told otherwise: the server then
    // answers as to an anonymous caller although the client sent its token.
    server.stub(server.recording("errors/patch-anonymous").withRole("maint"));
    try (PatchworkClient pw = withToken()) {
      Throwable t = failure(pw.session().sendJson("PATCH", api("/api/1.3/patches/1/"), Map.of("state", "accepted"), Patch.class));

      assertThat(t).isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("Authorization header")
          .hasMessageContaining("WSGIPassAuthorization");
    }
  }

  @Test
  void anyOther403IsAPermissionDeniedException() {
    server.stub("errors/patch-no-permission");
    server.stub("errors/check-no-permission");
    try (PatchworkClient pw = withToken()) {
      Throwable patch = failure(pw.session().sendJson("PATCH", api("/api/1.3/patches/1/"), Map.of("state", "accepted"), Patch.class));
      Recording check = server.recording("errors/check-no-permission");

      assertThat(patch).isInstanceOf(PermissionDeniedException.class)
          .hasMessageContaining("You do not have permission to perform this action")
          .hasMessageNotContaining("..");
      assertThat(((PermissionDeniedException) patch).detail())
          .hasValue("You do not have permission to perform this action.");
      assertThat(failure(pw.session().sendJson("POST", api("/api/1.3/patches/1/checks/"), check.requestBody(), Patch.class)))
          .isInstanceOf(PermissionDeniedException.class);
    }
  }

  @Test
  void status404WithJsonIsANotFoundException() {
    Recording r = server.recording("errors/unknown-patch").withRole("maint");
    server.stub(r);
    server.stub(server.recording("errors/invalid-page").withPath("/api/1.3/patches/?page=9999&per_page=250"));
    try (PatchworkClient pw = withToken()) {
      Throwable t = failure(pw.patches().get(999999));

      assertThat(t).isInstanceOf(NotFoundException.class);
      assertThat(((PatchworkException) t).detail()).contains(r.json().get("detail").asText());
      assertThat(((PatchworkException) t).uri()).isEqualTo(api("/api/1.3/patches/999999/"));
    }
  }

  @Test
  void status404WithHtmlIsAnEndpointNotFoundException() {
    server.stub("errors/unknown-version");
    server.stub("errors/non-integer-id");
    try (PatchworkClient pw = builder().apiVersion(ApiVersion.V1_4).maxAttempts(1).build()) {
      Throwable t = failure(pw.index());
      Throwable raw = failure(pw.session().exchange(ApiRequest.get(api("/api/1.3/patches/abc/"))));

      assertThat(t).isInstanceOf(EndpointNotFoundException.class)
          .hasMessageContaining("404: File not found")
          .hasMessageContaining("base URL");
      assertThat(((PatchworkException) t).body()).hasValueSatisfying(b -> assertThat(b).contains("<html"));
      assertThat(((PatchworkException) t).body().get().length()).isLessThanOrEqualTo(PatchworkException.MAX_BODY_CHARS + 1);
      assertThat(raw).isInstanceOf(EndpointNotFoundException.class);
    }
  }

  @Test
  void status405IsAMethodNotAllowedException() {
    Recording r = server.stub("errors/post-not-allowed");
    server.stub("errors/bundle-write-old-version");
    try (PatchworkClient pw = withToken()) {
      Throwable t = failure(pw.session().sendJson("POST", api("/api/1.3/patches/"), r.requestBody(), Patch.class));
      Recording old = server.recording("errors/bundle-write-old-version");
      Throwable t2 = failure(pw.session().sendJson("POST", api("/api/1.1/bundles/"), old.requestBody(), Patch.class));

      assertThat(t).isInstanceOf(MethodNotAllowedException.class).hasMessageContaining("Method \"POST\" not allowed.");
      assertThat(t2).isInstanceOf(MethodNotAllowedException.class);
    }
  }

  @Test
  void status409IsAConflictException() {
    // No recording of a relation conflict: the server's shape, docs/server-behaviour.md
    server.stub(new Recording("stub", "PATCH", "/api/1.3/patches/4/", "maint", 409,
        Map.of("Content-Type", "application/json"),
        "{\"detail\": \"Patch 7 is already part of another relation.\"}"));
    try (PatchworkClient pw = withToken()) {
      Throwable t = failure(pw.session().sendJson("PATCH", api("/api/1.3/patches/4/"), Map.of("related", List.of(7)), Patch.class));

      assertThat(t).isInstanceOf(ConflictException.class).hasMessageContaining("already part of another relation");
      assertThat(server.requestUrls()).hasSize(1);
    }
  }

  @Test
  void status429IsARateLimitedExceptionWithRetryAfter() {
    server.stub(new Recording("stub", "GET", "/api/1.3/patches/1/", "anonymous", 429,
        Map.of("Content-Type", "text/html", "Retry-After", "120"), "<html>slow down</html>"));
    try (PatchworkClient pw = anonymous()) {
      Throwable t = failure(pw.patches().get(1));

      assertThat(t).isInstanceOf(RateLimitedException.class);
      assertThat(((RateLimitedException) t).retryAfter()).contains(Duration.ofSeconds(120));
    }
  }

  @Test
  void status5xxIsAServerExceptionAndItsBodyIsRedacted() {
    // A proxy that echoes the request headers into its error page.
    server.stub(new Recording("stub", "GET", "/api/1.3/patches/1/", "maint", 500,
        Map.of("Content-Type", "text/html"),
        "<html><title>Server Error (500)</title><pre>Authorization: Token " + TOKEN + "</pre></html>"));
    try (PatchworkClient pw = withToken()) {
      Throwable t = failure(pw.patches().get(1));

      assertThat(t).isInstanceOf(ServerException.class).hasMessageContaining("Server Error (500)");
      assertThat(((PatchworkException) t).body()).hasValueSatisfying(b -> assertThat(b).contains("Token ***"));
    }
  }

  @Test
  void otherStatusesAreUnexpectedStatusExceptions() {
    server.stub("errors/missing-trailing-slash");
    server.stub("errors/accept-xml");
    try (PatchworkClient pw = anonymous()) {
      Throwable redirect = failure(pw.session().exchange(ApiRequest.get(api("/api/1.3/patches"))));
      Throwable notAcceptable = failure(pw.patches().list(PatchQuery.builder().pageSize(1).build()).firstPage());

      assertThat(redirect).isInstanceOf(UnexpectedStatusException.class).hasMessageContaining("Location: /api/1.3/patches/");
      assertThat(((PatchworkException) redirect).statusCode()).hasValue(301);
      assertThat(notAcceptable).isInstanceOf(UnexpectedStatusException.class)
          .hasMessageContaining("Could not satisfy the request Accept header.");
    }
  }

  @Test
  void htmlOrGarbageWhereJsonWasDueIsADecodingException() {
    Recording page = server.recording("errors/unknown-version");
    server.stub(new Recording("stub", "GET", "/api/1.3/patches/1/", "anonymous", 200, page.headers(), page.bodyText()));
    server.stub(new Recording("stub", "GET", "/api/1.3/patches/2/", "anonymous", 200,
        Map.of("Content-Type", "application/json"), "{\"id\": \"not a number\", \"name\": "));
    try (PatchworkClient pw = anonymous()) {
      Throwable html = failure(pw.patches().get(1));
      Throwable garbage = failure(pw.patches().get(2));

      assertThat(html).isInstanceOf(DecodingException.class)
          .hasMessageContaining("text/html")
          .hasMessageContaining("<!DOCTYPE html>");
      assertThat(garbage).isInstanceOf(DecodingException.class).hasMessageContaining("is not a Patch");
    }
  }

  @Test
  void ioFailuresAndTimeoutsAreTransportExceptions() {
    server.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/api/1.3/patches/1/")
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/api/1.3/patches/2/")
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200).withFixedDelay(3_000)));
    try (PatchworkClient pw = withToken();
        PatchworkClient slow = builder().apiVersion(ApiVersion.V1_3).token(TOKEN).maxAttempts(1)
            .attemptTimeout(Duration.ofMillis(200)).build();
        PatchworkClient nowhere = PatchworkClient.builder().baseUrl("http://127.0.0.1:1").token(TOKEN)
            .apiVersion(ApiVersion.V1_3).maxAttempts(1).build()) {
      Throwable reset = failure(pw.patches().get(1));
      Throwable timeout = failure(slow.patches().get(2));
      Throwable refused = failure(nowhere.patches().get(1));

      assertThat(reset).isInstanceOf(TransportException.class);
      assertThat(timeout).isInstanceOf(TransportException.class).hasMessageContaining("attempt timeout");
      assertThat(refused).isInstanceOf(TransportException.class).hasMessageContaining("Could not connect");
      assertThat(((PatchworkException) refused).statusCode()).isEmpty();
    }
  }

  @Test
  void blockingCallsThrowTheExceptionItself() {
    server.stub(server.recording("errors/unknown-patch"));
    try (PatchworkClient pw = anonymous()) {
      Throwable t = failure(() -> pw.blocking().patches().get(999999));

      assertThat(t).isExactlyInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void aTokenWithALineBreakInsideIsRefusedWithoutShowingIt() {
    // Pasted across two lines: the JDK would reject the header quoting its value.
    assertThatThrownBy(() -> builder().token("ab12\ncd34ef"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token")
        .hasMessageNotContaining("ab12").hasMessageNotContaining("cd34ef");
    assertThatThrownBy(() -> builder().basicAuth("maint\n", "pw-secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("pw-secret");
  }

  @Test
  void clientBuilderAndConfigNeverShowTheToken() {
    PatchworkClient.Builder b = builder().token(TOKEN);
    try (PatchworkClient pw = b.build();
        PatchworkClient basic = builder().basicAuth("maint", TOKEN).build()) {
      assertThat(b.toString()).doesNotContain(TOKEN).contains("token=***");
      assertThat(pw.toString()).doesNotContain(TOKEN).contains("token=***");
      assertThat(pw.blocking().toString()).doesNotContain(TOKEN);
      assertThat(basic.toString()).doesNotContain(TOKEN).contains("maint:***");
    }
  }
}
