package io.github.patchwork4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.patchwork4j.client.testing.Json.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.patchwork4j.client.error.ClientClosedException;
import io.github.patchwork4j.client.error.DecodingException;
import io.github.patchwork4j.client.error.PatchworkException;
import io.github.patchwork4j.client.error.RateLimitedException;
import io.github.patchwork4j.client.error.ResponseTooLargeException;
import io.github.patchwork4j.client.error.TransportException;
import io.github.patchwork4j.client.testing.DatasetPages;
import io.github.patchwork4j.client.testing.RecordedServer;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import io.github.patchwork4j.client.testing.RecordingTest;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.Patch;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The request pipeline: limiter, cancellation, pages fetched ahead, close, decoding, errors. */
class PipelineTest extends RecordingTest {

  private static final String PATCHES = "/api/1.3/patches/";
  private static final Map<String, String> ALPHA = Map.of("project", "alpha");

  private List<Recording> alphaPages(int perPage) {
    return DatasetPages.pages(PATCHES, ALPHA, DatasetPages.rehost(DatasetPages.patchesOf("alpha"), server.baseUrl()),
        perPage, true, server.baseUrl());
  }

  private static PatchQuery alpha(int pageSize) {
    return PatchQuery.builder().project("alpha").pageSize(pageSize).build();
  }

  private static List<Long> alphaIds() {
    var array = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
    DatasetPages.patchesOf("alpha").forEach(array::add);
    return ids(array);
  }

  private PatchworkClient.Builder v13() {
    return builder().apiVersion(ApiVersion.V1_3);
  }

  /** Counts requests between arrival and answer. */
  private static final class InFlight implements ServeEventListener {
    final AtomicInteger now = new AtomicInteger();
    final AtomicInteger max = new AtomicInteger();

    @Override
    public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
      max.accumulateAndGet(now.incrementAndGet(), Math::max);
      Thread.yield();
    }

    @Override
    public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
      now.decrementAndGet();
    }

    @Override
    public String getName() {
      return "in-flight";
    }
  }

  @Test
  void twoHundredConcurrentListingsNeverOpenMoreThanTheLimit() throws Exception {
    server.close();
    InFlight inFlight = new InFlight();
    server = RecordedServer.start(inFlight);
    List<JsonNode> six = DatasetPages.rehost(DatasetPages.patchesOf("alpha"), server.baseUrl()).subList(0, 6);
    DatasetPages.pages(PATCHES, ALPHA, six, 2, true, server.baseUrl()).forEach(server::stub);
    try (PatchworkClient pw = v13().maxRequestsInFlight(3).build()) {
      List<CompletableFuture<List<Patch>>> listings = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        listings.add(pw.patches().list(alpha(2)).toList());
      }
      for (CompletableFuture<List<Patch>> l : listings) {
        assertThat(l.get(60, TimeUnit.SECONDS)).extracting(Patch::id).containsExactlyElementsOf(alphaIds().subList(0, 6));
      }
      assertThat(inFlight.max.get()).as("exchanges open at once").isBetween(1, 3);
      assertThat(server.requestUrls()).hasSize(200 * 3);
    }
  }

  @Test
  void cancellingAListingStopsItsRetriesAtTheServer() throws Exception {
    List<Recording> pages = alphaPages(250);
    server.stub(pages.get(0));
    server.stub(pages.get(1).withStatus(503).withBody("busy").withHeader("Content-Type", "text/plain"));
    List<CompletableFuture<Void>> pauses = new CopyOnWriteArrayList<>();
    Sleeper never = d -> {
      CompletableFuture<Void> f = new CompletableFuture<>();
      pauses.add(f);
      return f;
    };
    try (PatchworkClient pw = v13().pagesAhead(1).sleeper(never).build()) {
      CompletableFuture<List<Patch>> all = pw.patches().list(alpha(250)).toList();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (pauses.isEmpty() && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(pauses).as("the 503 led to a retry pause").hasSize(1);
      all.cancel(true);
      // The cancel reaches the pause once the retrying thread has registered it, which may be
      // just after the sleeper was asked for it.
      while (!pauses.get(0).isDone() && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(pauses.get(0).isCancelled()).as("the pending retry is cancelled").isTrue();
      assertThat(server.requestUrls()).as("page 1, page 2 once, no retry").hasSize(2);
    }
  }

  @Test
  void pagesAheadDeliverEveryItemInOrderOnce() {
    alphaPages(50).forEach(server::stub);
    try (PatchworkClient pw = v13().pagesAhead(4).build()) {
      assertThat(pw.patches().list(alpha(50)).stream().map(Patch::id).collect(Collectors.toList()))
          .containsExactlyElementsOf(alphaIds());
      assertThat(server.requestUrls()).hasSize(13).doesNotHaveDuplicates();
      assertThat(pw.patches().list(alpha(50)).forEachAsync(p -> { }).join()).isNull();
      assertThat(pw.patches().list(alpha(50)).toList().join()).extracting(Patch::id)
          .containsExactlyElementsOf(alphaIds());
    }
  }

  @Test
  void whileTheConsumerWorksOnPage1ThePagesAheadAreFetched() {
    alphaPages(50).forEach(server::stub);
    try (PatchworkClient pw = v13().pagesAhead(4).build()) {
      Iterator<Patch> it = pw.patches().list(alpha(50)).iterator();
      assertThat(it.next().id()).isEqualTo(alphaIds().get(0));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (server.requestUrls().size() < 4 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(server.requestUrls()).as("page 1 and three pages ahead, no more").hasSize(4)
          .contains(PATCHES + "?page=2&per_page=50&project=alpha", PATCHES + "?page=4&per_page=50&project=alpha");
    }
  }

  @Test
  void walksLeftMidWayDoNotStopLaterWalksFromFetchingAhead() {
    alphaPages(50).forEach(server::stub);
    try (PatchworkClient pw = v13().maxRequestsInFlight(2).pagesAhead(4).build()) {
      for (int i = 0; i < 5; i++) {
        Iterator<Patch> left = pw.patches().list(alpha(50)).iterator();
        assertThat(left.next().id()).isEqualTo(alphaIds().get(0)); // then dropped, never closed
      }
      // Requests are sent in the order they were made: once two later calls were answered one
      // after the other, the walks' requests ahead were answered too.
      pw.patches().list(alpha(50)).firstPage().join();
      pw.patches().list(alpha(50)).firstPage().join();
      int before = server.requestUrls().size();
      Iterator<Patch> it = pw.patches().list(alpha(50)).iterator();
      assertThat(it.next().id()).isEqualTo(alphaIds().get(0));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (server.requestUrls().size() < before + 2 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(server.requestUrls().subList(before, server.requestUrls().size()))
          .as("while its consumer is on page 1, the new walk fetches page 2 ahead")
          .contains(PATCHES + "?page=2&per_page=50&project=alpha");
      List<Long> rest = new ArrayList<>();
      it.forEachRemaining(p -> rest.add(p.id()));
      assertThat(rest).containsExactlyElementsOf(alphaIds().subList(1, alphaIds().size()));
    }
  }

  @Test
  void closingAStreamStopsTheWalk() {
    alphaPages(50).forEach(server::stub);
    try (PatchworkClient pw = v13().pagesAhead(4).build()) {
      try (Stream<Patch> s = pw.patches().list(alpha(50)).stream()) {
        assertThat(s.limit(60).count()).isEqualTo(60);
      }
      // A page asked for just before the close may reach the server just after it: count what
      // arrived by the time a later call was answered, and that no page past the window came.
      assertThat(pw.patches().list(alpha(50)).firstPage().join().items()).hasSize(50);
      assertThat(server.requestUrls()).as("pages 1-2 read, at most three ahead, then page 1 again")
          .hasSizeBetween(3, 6)
          .noneMatch(u -> u.matches(".*[?&]page=([6-9]|\\d\\d+)(&.*)?"));
    }
  }

  @Test
  void theLoopGuardHoldsWithPagesAhead() {
    List<Recording> pages = alphaPages(250);
    server.stub(pages.get(0));
    server.stub(pages.get(1));
    Recording last = pages.get(2);
    String link = last.headers().get("Link") + ", <" + server.baseUrl() + PATCHES
        + "?page=2&per_page=250&project=alpha>; rel=\"next\"";
    server.stub(last.withHeader("Link", link));
    try (PatchworkClient pw = v13().pagesAhead(4).build()) {
      assertThat(pw.patches().list(alpha(250)).toList().join()).extracting(Patch::id)
          .containsExactlyElementsOf(alphaIds());
    }
  }

  @Test
  void firstPageAndCountStayOneRequest() {
    alphaPages(250).forEach(server::stub);
    server.stub(alphaPages(1).get(0));
    try (PatchworkClient pw = v13().build()) {
      pw.patches().list(alpha(250)).firstPage().join();
      assertThat(pw.patches().list(alpha(250)).count().join()).isEqualTo(644L);
      assertThat(server.requestUrls()).hasSize(2);
    }
  }

  @Test
  void decodesOnTheGivenExecutor() throws Exception {
    server.stub("v1.3/patch-1");
    AtomicInteger n = new AtomicInteger();
    ExecutorService given = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "given-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try (PatchworkClient pw = v13().executor(given).build()) {
      CompletableFuture<Patch> p = pw.patches().get(1);
      CompletableFuture<String> where = new CompletableFuture<>();
      p.whenComplete((v, e) -> where.complete(Thread.currentThread().getName()));
      assertThat(p.get(30, TimeUnit.SECONDS).id()).isEqualTo(1L);
      String thread = where.get(30, TimeUnit.SECONDS);
      if (!thread.equals(Thread.currentThread().getName())) { // not already done when registered
        assertThat(thread).startsWith("given-");
      }
    } finally {
      given.shutdownNow();
    }
  }

  @Test
  void requestsReuseTheClientsThreadsInsteadOfStartingOneEach() throws Exception {
    server.stub("v1.3/patch-1");
    try (PatchworkClient pw = v13().build()) {
      pw.patches().get(1).get(30, TimeUnit.SECONDS); // the client's and the server's threads exist
      long before = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
      for (int i = 0; i < 100; i++) {
        assertThat(pw.patches().get(1).get(30, TimeUnit.SECONDS).id()).isEqualTo(1L);
      }
      long started = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - before;
      // the JDK's sendAsync completes through a new thread per request where the common pool
      // has fewer than two threads (two CPUs or fewer)
      assertThat(started).as("threads started in this JVM during 100 requests").isLessThan(20);
    }
  }

  @Test
  void closeStopsTheClientsThreadsAndLaterCallsFailAtOnce() throws Exception {
    server.stub("v1.3/patch-1");
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    PatchworkClient pw = v13().build();
    assertThat(pw.patches().get(1).get(30, TimeUnit.SECONDS).id()).isEqualTo(1L);
    List<Thread> started = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !before.contains(t) && t.getName().startsWith("patchwork4j-")).toList();
    assertThat(started).as("the client's own worker threads").isNotEmpty();
    pw.close();
    for (Thread t : started) {
      t.join(1000);
      assertThat(t.isAlive()).as("%s one second after close()", t.getName()).isFalse();
    }
    int requests = server.requestUrls().size();
    assertThatThrownBy(() -> pw.patches().get(1).join()).hasCauseInstanceOf(ClientClosedException.class);
    assertThat(server.requestUrls()).hasSize(requests);
  }

  @Test
  void afterCloseTheHttpClientsSelectorThreadEndsToo() throws Exception {
    server.stub("v1.3/patch-1");
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    PatchworkClient pw = v13().build();
    pw.patches().get(1).get(30, TimeUnit.SECONDS);
    List<Thread> selectors = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !before.contains(t) && t.getName().startsWith("HttpClient-")).toList();
    assertThat(selectors).as("the JDK HTTP client's selector thread").isNotEmpty();
    pw.close();
    for (Thread t : selectors) {
      t.join(1000);
    }
    assertThat(selectors).as("one second after close(), with the client still referenced")
        .noneMatch(Thread::isAlive);
    java.lang.ref.Reference.reachabilityFence(pw);
  }

  @Test
  void aNullTokenIsAnonymous() {
    server.stub("v1.3/patch-1");
    try (PatchworkClient pw = v13().token(null).build(); PatchworkClient blank = v13().token("  ").build()) {
      pw.patches().get(1).join();
      blank.patches().get(1).join();
      assertThat(server.requests()).allSatisfy(r -> assertThat(r.containsHeader("Authorization")).isFalse());
    }
  }

  @Test
  void anUnknownHostIsSaidAndNotRetried() {
    AtomicInteger attempts = new AtomicInteger();
    try (PatchworkClient pw = PatchworkClient.builder().baseUrl("http://no-such-host.invalid/")
        .apiVersion(ApiVersion.V1_3).requestListener(e -> attempts.incrementAndGet()).build()) {
      Throwable t = failure(pw.patches().get(1));
      assertThat(t).isInstanceOf(TransportException.class).hasMessageStartingWith("Unknown host");
      assertThat(attempts.get()).isEqualTo(1);
    }
  }

  @Test
  void aJsonNullWhereAnObjectOrListWasDueIsADecodingException() {
    List<Recording> pages = alphaPages(250);
    server.stub(pages.get(0));
    server.stub(pages.get(1).withBody("null"));
    server.stub(pages.get(2));
    server.stub(server.recording("v1.3/patch-1").withBody("null"));
    try (PatchworkClient pw = v13().build()) {
      assertThat(failure(pw.patches().get(1))).isInstanceOf(DecodingException.class).hasMessageContaining("null");
      assertThat(failure(pw.patches().list(alpha(250)).toList())).isInstanceOf(DecodingException.class);
    }
  }

  @Test
  void anAnswerOverTheCapIsRefused() {
    server.stub("v1.3/patch-1");
    server.wireMock().stubFor(get(urlPathEqualTo("/api/1.3/patches/2/")).willReturn(aResponse()
        .withStatus(200).withHeader("Content-Type", "application/json").withChunkedDribbleDelay(1, 0)
        .withBody("[" + "1,".repeat(4000) + "1]")));
    try (PatchworkClient pw = v13().maxResponseBytes(2000).build()) {
      Throwable announced = failure(pw.patches().get(1));
      assertThat(announced).isInstanceOf(ResponseTooLargeException.class).hasMessageContaining("2000");
      assertThat(((ResponseTooLargeException) announced).limit()).isEqualTo(2000);
      Throwable streamed = failure(pw.patches().get(2));
      assertThat(streamed).isInstanceOf(ResponseTooLargeException.class);
    }
  }

  @Test
  void retryAfterAsAnHttpDateIsKept() {
    Instant now = Instant.parse("2030-01-01T00:00:00Z");
    String inADay = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC));
    server.stub(server.recording("v1.3/patch-1").withStatus(429).withHeader("Retry-After", inADay)
        .withBody("{\"detail\":\"slow down\"}"));
    try (PatchworkClient pw = v13().clock(java.time.Clock.fixed(now, ZoneOffset.UTC)).build()) {
      Throwable t = failure(pw.patches().get(1));
      assertThat(t).isInstanceOf(RateLimitedException.class);
      assertThat(((RateLimitedException) t).retryAfter()).hasValue(Duration.ofDays(1));
    }
  }

  @Test
  void aTokenTheServerEchoesBackIsNowhereInTheFailure() {
    String token = "0123456789abcdef0123456789abcdef01234567";
    server.stub(server.recording("v1.3/patch-1").withRole("maint").withStatus(301)
        .withHeader("Location", server.baseUrl() + "/elsewhere/?token=" + token).withBody(""));
    server.stub(server.recording("v1.3/patch-1").withRole("maint").withPath("/api/1.3/patches/2/")
        .withBody("{\"id\": \"Token " + token + "\"}"));
    try (PatchworkClient pw = v13().token(token).build()) {
      for (Throwable t : List.of(failure(pw.patches().get(1)), failure(pw.patches().get(2)))) {
        assertThat(t).isInstanceOf(PatchworkException.class);
        List<String> texts = new ArrayList<>();
        for (Throwable c = t; c != null; c = c.getCause()) {
          texts.add(String.valueOf(c.getMessage()));
          texts.add(c.toString());
        }
        texts.add(((PatchworkException) t).body().orElse(""));
        assertThat(texts).noneMatch(s -> s.contains(token));
      }
    }
  }

  @Test
  void meNamesTheBasicAuthUserAndIsAskedEachTime() {
    Recording self = server.recording("v1.3/user-self");
    String name = self.json().get("username").asText();
    server.stub(new Recording("stub", "GET", "/api/1.3/users/?q=" + name + "&per_page=250", "maint", 200,
        Map.of("Content-Type", "application/json"), "[" + self.bodyText() + "]"));
    try (PatchworkClient pw = v13().basicAuth(name, "secret-pw").build();
        PatchworkClient token = v13().token("t0ken").build();
        PatchworkClient nobody = v13().build()) {
      assertThat(pw.me().join().username()).isEqualTo(name);
      assertThat(pw.blocking().me().id()).isEqualTo(self.json().get("id").asLong());
      assertThat(server.requestUrls()).hasSize(2);
      assertThat(failure(token.me())).isInstanceOf(UnsupportedOperationException.class);
      assertThat(failure(nobody.me())).isInstanceOf(io.github.patchwork4j.client.error.AuthenticationException.class);
      assertThat(server.requestUrls()).hasSize(2);
    }
  }

  private static Throwable failure(CompletableFuture<?> f) {
    try {
      f.get(60, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("the call succeeded");
  }

}
