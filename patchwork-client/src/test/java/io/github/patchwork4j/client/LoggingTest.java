package io.github.patchwork4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.patchwork4j.client.testing.RecordingTest;
import io.github.patchwork4j.model.ApiVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Logging goes through {@code System.Logger} (here backed by java.util.logging, the JDK's
 * default) and never shows a credential; the request listener sees every attempt.
 */
class LoggingTest extends RecordingTest {

  private static final String TOKEN = "c0ffee-token-for-logging";

  private final Logger jul = Logger.getLogger("io.github.patchwork4j.client");
  private final List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Level previous;

  @BeforeEach
  void capture() {
    previous = jul.getLevel();
    jul.setLevel(Level.ALL);
    handler.setLevel(Level.ALL);
    jul.addHandler(handler);
  }

  @AfterEach
  void release() {
    jul.removeHandler(handler);
    jul.setLevel(previous);
  }

  private String text(LogRecord r) {
    return r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown());
  }

  @Test
  void logsRequestsWithTheCredentialRedacted() {
    server.stub(server.recording("v1.3/patch-1").withRole("maint"));
    try (PatchworkClient pw = builder().apiVersion(ApiVersion.V1_3).token(TOKEN).build()) {
      pw.patches().get(1).join();
    }

    assertThat(records).isNotEmpty();
    assertThat(records).allSatisfy(r -> assertThat(text(r)).doesNotContain(TOKEN));
    assertThat(records).anySatisfy(r -> assertThat(text(r)).contains("Authorization=Token ***"));
    assertThat(records).anySatisfy(r -> assertThat(text(r)).contains("GET " + server.baseUrl() + "/api/1.3/patches/1/ → 200"));
  }

  @Test
  void warnsBeforeARetryAndTellsTheListener() {
    List<RequestEvent> events = Collections.synchronizedList(new ArrayList<>());
    server.stub(new io.github.patchwork4j.client.testing.RecordedServer.Recording("stub", "GET", "/api/1.3/patches/1/",
        "maint", 503, java.util.Map.of("Content-Type", "text/html"), "<html>" + TOKEN + "</html>"));
    try (PatchworkClient pw = builder().apiVersion(ApiVersion.V1_3).token(TOKEN).maxAttempts(2)
        .sleeper(d -> java.util.concurrent.CompletableFuture.completedFuture(null))
        .requestListener(events::add).build()) {
      pw.patches().get(1).handle((v, e) -> null).join();
    }

    assertThat(records).anySatisfy(r -> {
      assertThat(r.getLevel()).isEqualTo(Level.WARNING);
      assertThat(text(r)).contains("answered 503").contains("attempt 2 of 2");
    });
    assertThat(records).allSatisfy(r -> assertThat(text(r)).doesNotContain(TOKEN));
    assertThat(events).hasSize(2).allSatisfy(e -> {
      assertThat(e.method()).isEqualTo("GET");
      assertThat(e.uri().toString()).isEqualTo(server.baseUrl() + "/api/1.3/patches/1/");
      assertThat(e.status()).hasValue(503);
      assertThat(e.latency().isNegative()).isFalse();
    });
  }
}
