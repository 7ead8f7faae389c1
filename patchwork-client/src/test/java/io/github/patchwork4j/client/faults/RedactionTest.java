package io.github.patchwork4j.client.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.patchwork4j.client.NewCheck;
import io.github.patchwork4j.client.PatchUpdate;
import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.client.RequestEvent;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.PatchState;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The secrets appear nowhere: every log record of the client's loggers (at every level, with
 * its stack trace), every exception's message, {@code toString()}, cause chain and printed stack
 * trace, every request event and the clients' {@code toString()}, across the fault matrix and
 * servers that echo the {@code Authorization} value back (in a {@code Location}, a {@code Link},
 * an error's {@code detail}, a 400 validation body, an HTML page, a field Jackson fails to read),
 * with a token (and every fault of {@link FaultMatrixTest}) and with a basic-auth password.
 */
class RedactionTest {

  private static final String USER = "maint";
  private static final String PASSWORD = "pa55-w0rd-under-test-77";
  private static final String BASIC = Base64.getEncoder()
      .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  private static final NewCheck CHECK = NewCheck.builder().state(CheckState.SUCCESS).context("ci").build();

  private final Logger jul = Logger.getLogger("io.github.patchwork4j");
  private final List<String> seen = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger echoes = new AtomicInteger();
  private final Handler handler = new Handler() {
    private final SimpleFormatter format = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      seen.add(format.format(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Level previous;

  @BeforeEach
  void captureEveryLogRecord() {
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

  private void collect(Throwable t) {
    if (t == null) {
      return;
    }
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    seen.add(trace.toString());
    for (Throwable c = t; c != null; c = c.getCause()) {
      seen.add(String.valueOf(c.getMessage()));
      seen.add(c.toString());
      seen.add(String.valueOf(c.getLocalizedMessage()));
      for (Throwable s : c.getSuppressed()) {
        collect(s);
      }
      if (c instanceof io.github.patchwork4j.client.error.PatchworkException p) {
        seen.add(p.body().orElse(""));
        seen.add(p.detail().orElse(""));
      }
    }
  }

  private void run(Callable<?> call) {
    try {
      Object result = call.call();
      seen.add(String.valueOf(result));
    } catch (Throwable t) {
      collect(t);
    }
  }

  /**
   * Every call of the echoing server, an unknown host, and with {@code matrix} every fault of
   * the matrix on a GET and a POST, through this client.
   */
  private void everything(Function<FaultServer, PatchworkClient.Builder> client, boolean matrix) {
    List<RequestEvent> events = Collections.synchronizedList(new ArrayList<>());
    try (FaultServer server = FaultServer.routing(this::echoing);
        PatchworkClient pw = client.apply(server).requestListener(events::add).build()) {
      seen.add(pw.toString());
      seen.add(pw.blocking().toString());
      seen.add(client.apply(server).toString());
      for (int id = 1; id <= 8; id++) {
        long patch = id;
        run(() -> pw.blocking().patches().get(patch));
      }
      run(() -> pw.blocking().patches().update(3, PatchUpdate.builder().state(PatchState.ACCEPTED).build()));
      run(() -> pw.blocking().patches().list().stream().count());
      run(() -> pw.patches().list().toList().join());
      run(() -> pw.blocking().checks().create(1, CHECK));
      run(() -> pw.blocking().downloads().patchMbox(1));
      pw.close();
      run(() -> pw.blocking().patches().get(1));
    }
    for (Fault fault : matrix ? Fault.values() : new Fault[0]) {
      for (String body : List.of(Bodies.patch(), Bodies.check())) {
        try (FaultServer server = FaultServer.scripted(fault.reply(body));
            PatchworkClient pw = client.apply(server).attemptTimeout(FaultClient.STALL_TIMEOUT)
                .requestListener(events::add).maxAttempts(fault.stalls() ? 1 : 2).build()) {
          if (body.equals(Bodies.patch())) {
            run(() -> pw.blocking().patches().get(1));
          } else {
            run(() -> pw.blocking().checks().create(1, CHECK));
          }
        }
      }
    }
    try (FaultServer unused = FaultServer.scripted(Reply.emptyReply());
        PatchworkClient pw = client.apply(unused).baseUrl("http://patchwork.invalid").requestListener(events::add).build()) {
      run(() -> pw.blocking().patches().get(1));
    }
    synchronized (events) {
      events.forEach(e -> seen.add(e.toString()));
      events.forEach(e -> e.failure().ifPresent(this::collect));
    }
  }

  private void assertNoSecretIn(String... secrets) {
    assertThat(echoes.get()).as("answers that echoed a secret").isGreaterThanOrEqualTo(10);
    synchronized (seen) {
      assertThat(seen.stream().anyMatch(s -> s.contains("io.github.patchwork4j.client"))).as("log records seen").isTrue();
    }
    List<String> leaks = new ArrayList<>();
    synchronized (seen) {
      for (String s : seen) {
        for (String secret : secrets) {
          if (s.contains(secret)) {
            leaks.add(s.length() > 600 ? s.substring(0, 600) + "…" : s);
          }
        }
      }
    }
    assertThat(leaks).as("messages, traces, log records and toString()s showing a secret").isEmpty();
  }

  @Test
  void theTokenAppearsNowhere() {
    FaultClient client = new FaultClient();
    everything(server -> client.builder(server).maxRetryAfter(Duration.ofSeconds(1)), true);

    assertNoSecretIn(FaultClient.TOKEN);
  }

  @Test
  void theBasicAuthPasswordAppearsNowhere() {
    FaultClient client = new FaultClient();
    everything(server -> client.builder(server.baseUrl()).basicAuth(USER, PASSWORD), false);

    assertNoSecretIn(PASSWORD, BASIC);
  }
}
