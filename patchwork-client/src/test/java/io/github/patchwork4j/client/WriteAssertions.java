package io.github.patchwork4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.patchwork4j.client.testing.RecordedServer;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import java.util.List;
import java.util.stream.Collectors;

/** What a write test reads off the stub server: the requests sent and their JSON bodies. */
final class WriteAssertions {

  private WriteAssertions() {}

  /** The requests other than GET, oldest first. */
  static List<LoggedRequest> writes(RecordedServer server) {
    return server.requests().stream()
        .filter(r -> !r.getMethod().getName().equals("GET"))
        .collect(Collectors.toList());
  }

  /** The one request other than GET; fails when there were none or several. */
  static LoggedRequest onlyWrite(RecordedServer server) {
    List<LoggedRequest> writes = writes(server);
    if (writes.size() != 1) {
      throw new AssertionError("expected exactly one write, got " + writes.size() + ": "
          + writes.stream().map(r -> r.getMethod() + " " + r.getUrl()).collect(Collectors.toList()));
    }
    return writes.get(0);
  }

  /**
   * Serves a recorded answer to any request with the recording's method and path (and any
   * body), for a test whose request body differs from the recorded one on purpose.
   */
  static void answerAnyBody(RecordedServer server, Recording r) {
    ResponseDefinitionBuilder answer = aResponse().withStatus(r.status());
    r.headers().forEach(answer::withHeader);
    answer.withBody(r.bodyText());
    server.wireMock().stubFor(request(r.method(), urlEqualTo(r.path())).willReturn(answer));
  }

  /** The request's body as a JSON tree (absent keys and null values differ). */
  static JsonNode body(LoggedRequest request) {
    return Exchange.tree(request.getBodyAsString());
  }
}
