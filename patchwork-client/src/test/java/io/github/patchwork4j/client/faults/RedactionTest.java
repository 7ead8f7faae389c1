package io.github.patchwork4j.client.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.patchwork4j.client.NewCheck;
import io.github.patchwork4j.client.PatchUpdate;
import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.client.RequestEvent;
import io.github.patchwork4j.client.error.DecodingException;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.PatchState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The secrets appear nowhere a user could see them: in no log record of the client's loggers
 * (every level, with stack traces), no exception message, {@code toString()}, cause chain or
 * printed stack trace, no request event and no client's {@code toString()}; also when the server
 * echoes the {@code Authorization} value back (in a {@code Location}, a {@code Link}, an error's
 * {@code detail}, a 400 validation body, an HTML page, a field Jackson fails to read, a download
 * redirect), with a token and with a basic-auth password (plain, and as the header's Base64).
 * {@link FaultMatrixTest} checks the same for the token after each of its fault scenarios.
 */
class RedactionTest {

  private static final String USER = "maint";
  private static final String PASSWORD = "pa55-w0rd-under-test-77";
  private static final String BASIC = Base64.getEncoder()
      .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  private static final NewCheck CHECK = NewCheck.builder().state(CheckState.SUCCESS).context("ci").build();

  private final AtomicInteger echoes = new AtomicInteger();
  private SecretWatch watch;

  @BeforeEach
  void watch() {
    watch = new SecretWatch();
  }

  @AfterEach
  void release() {
    watch.close();
  }

  /** What a server that echoes the caller's credentials puts in its answers. */
  private String echo(FaultServer.Received request) {
    String auth = String.valueOf(request.header("Authorization"));
    String echoed = auth;
    if (auth.startsWith("Basic ")) {
      echoed = auth + " (" + new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8) + ")";
    }
    if (echoed.contains(FaultClient.TOKEN) || echoed.contains(PASSWORD)) {
      echoes.incrementAndGet();
    }
    return echoed;
  }

  /** Answers that carry the caller's credentials back, one per request path. */
  private Reply echoing(FaultServer.Received request) {
    String secret = echo(request);
    String quoted = secret.replace("\"", "'");
    String base = "http://" + request.header("Host");
    switch (request.path()) {
      case "/api/1.3/patches/1/":
        return Reply.answer(301, Map.of("Location", base + "/api/1.3/patches/1/?auth=" + secret.replace(' ', '+')), new byte[0]);
      case "/api/1.3/patches/2/":
        return Reply.json(403, "{\"detail\": \"Invalid token header: " + quoted + "\"}");
      case "/api/1.3/patches/3/":
        return Reply.json(400, "{\"state\": [\"'" + quoted + "' is not a valid state\"], \"delegate\": [\"" + quoted + "\"]}");
      case "/api/1.3/patches/4/":
        return Reply.json(200, "{\"id\": \"" + quoted + "\", \"name\": \"" + quoted + "\"}");
      case "/api/1.3/patches/5/":
        return Reply.answer(500, Map.of("Content-Type", "text/html"),
            ("<html><pre>Authorization: " + secret + "</pre></html>").getBytes(StandardCharsets.UTF_8));
      case "/api/1.3/patches/6/":
        return Reply.json(429, Map.of("Retry-After", "86400"), "{\"detail\": \"slow down, " + quoted + "\"}");
      case "/api/1.3/patches/7/":
        return Reply.answer(200, Map.of("Content-Type", "text/html"),
            ("<html>Welcome back " + secret + "</html>").getBytes(StandardCharsets.UTF_8));
      case "/api/1.3/patches/":
        if (Pages.pageOf(request) == 1) {
          return Reply.json(200, Map.of("Link", "<" + base + "/api/1.3/patches/?page=2&token="
              + secret.replace(' ', '+') + ">; rel=\"next\""), Bodies.page(1, 2));
        }
        return Reply.html(502);
      case "/api/1.3/patches/1/checks/":
        return Reply.json(400, "{\"context\": [\"" + quoted + "\"]}");
      case "/patch/1/mbox/":
        return Reply.redirect(302, "http://localhost:1/mbox/?auth=" + secret.replace(' ', '+'));
      default:
        return Reply.json(404, "{\"detail\": \"Not found: " + quoted + "\"}");
    }
  }

  /** Runs the call, remembering what it returned or threw; returns what it threw, or null. */
  private Throwable run(Callable<?> call) {
    try {
      watch.object(call.call());
      return null;
    } catch (Throwable t) {
      return watch.exception(t);
    }
  }

  /** Every call of the echoing server, a closed client and an unknown host, through this client. */
  private void everything(Function<String, PatchworkClient.Builder> client) {
    List<RequestEvent> events = Collections.synchronizedList(new ArrayList<>());
    try (FaultServer server = FaultServer.routing(this::echoing);
        PatchworkClient pw = client.apply(server.baseUrl()).requestListener(events::add).build()) {
      watch.object(pw);
      watch.object(pw.blocking());
      watch.object(client.apply(server.baseUrl()));
      for (long id = 1; id <= 8; id++) {
        long patch = id;
        run(() -> pw.blocking().patches().get(patch));
      }
      run(() -> pw.blocking().patches().update(3, PatchUpdate.builder().state(PatchState.ACCEPTED).build()));
      Throwable list = run(() -> pw.blocking().patches().list().stream().count());
      run(() -> pw.patches().list().toList().join());
      run(() -> pw.blocking().checks().create(1, CHECK));
      Throwable mbox = run(() -> pw.blocking().downloads().patchMbox(1));
      // a link or redirect that carries the credentials is not followed
      assertThat(list).isInstanceOf(DecodingException.class).hasMessageContaining("credentials");
      assertThat(mbox).isInstanceOf(DecodingException.class).hasMessageContaining("credentials");
      PatchworkClient closed = client.apply(server.baseUrl()).build();
      closed.close();
      run(() -> closed.blocking().patches().get(1));
    }
    try (PatchworkClient pw = client.apply("http://patchwork.invalid").requestListener(events::add).build()) {
      run(() -> pw.blocking().patches().get(1));
    }
    watch.events(events);
  }

  private void assertNoSecretIn(String... secrets) {
    assertThat(echoes.get()).as("answers that echoed a secret").isGreaterThanOrEqualTo(10);
    assertThat(watch.logRecords()).as("log records seen").isPositive();
    assertThat(watch.leaks(secrets)).as("messages, traces, log records and toString()s showing a secret").isEmpty();
  }

  @Test
  void theTokenAppearsNowhere() {
    FaultClient client = new FaultClient();
    everything(base -> client.builder(base).token(FaultClient.TOKEN).maxRetryAfter(Duration.ofSeconds(1)));

    assertNoSecretIn(FaultClient.TOKEN);
  }

  @Test
  void theBasicAuthPasswordAppearsNowhere() {
    FaultClient client = new FaultClient();
    everything(base -> client.builder(base).basicAuth(USER, PASSWORD));

    assertNoSecretIn(PASSWORD, BASIC);
  }
}
