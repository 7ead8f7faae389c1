package io.github.patchwork4j.client.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.patchwork4j.client.PatchworkClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A WireMock server per test serving recordings; checks that every request was answered. */
public abstract class RecordingTest {

  /** The server of the running test. */
  protected RecordedServer server;

  @BeforeEach
  void startServer() {
    server = RecordedServer.start();
  }

  @AfterEach
  void stopServer() {
    try {
      assertThat(server.unmatched()).as("requests no recording answered").isEmpty();
    } finally {
      server.close();
    }
  }

  /** Serves the list recording as answered with {@code per_page=250} (the client's default). */
  protected RecordedServer.Recording stubList(String name) {
    RecordedServer.Recording r = server.recording(name).withPageSize(250);
    server.stub(r);
    return r;
  }

  /** A builder pointed at this server (version not pinned). */
  protected PatchworkClient.Builder builder() {
    return PatchworkClient.builder().baseUrl(server.baseUrl());
  }
}
