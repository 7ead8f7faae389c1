package io.github.patchwork4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.patchwork4j.client.testing.RecordedServer;
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

  /** The request's body as a JSON tree (absent keys and null values differ). */
  static JsonNode body(LoggedRequest request) {
    return Exchange.tree(request.getBodyAsString());
  }
}
