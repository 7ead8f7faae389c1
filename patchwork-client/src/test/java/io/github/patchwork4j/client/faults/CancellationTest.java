package io.github.patchwork4j.client.faults;

import static io.github.patchwork4j.client.faults.FaultServer.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.patchwork4j.client.NewCheck;
import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.Patch;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cancelling a listing's future, or closing its stream early, stops its requests at once: a
 * pending retry is never sent, an exchange in flight is abandoned (the server sees its
 * connection closed), prefetched pages stop. Asserted on the server's own counts. "Nothing more
 * was sent" is checked after a later request on the same client (a sentinel) came back: a
 * request the listing had still sent would have gone out before it.
 */
@ExtendWith(TokenNeverLogged.class)
class CancellationTest {

  private final FaultClient client = new FaultClient();
  private final List<CompletableFuture<Void>> pendingPauses = new CopyOnWriteArrayList<>();

  /** Retry pauses that never end by themselves: the test decides when time has passed. */
  private PatchworkClient.Builder withPendingPauses(FaultServer server) {
    return client.builder(server).sleeper(d -> {
      CompletableFuture<Void> pause = new CompletableFuture<>();
      pendingPauses.add(pause);
      return pause;
    });
  }

  /** Sends one more request through the client and waits for its answer. */
  private static void sentinel(PatchworkClient pw) {
    assertThat(pw.blocking().patches().get(1).id()).isEqualTo(1);
  }

  private static long listRequests(FaultServer server) {
    return server.requests().stream().filter(r -> r.path().equals("/api/1.3/patches/")).count();
  }

  private static Function<FaultServer.Received, Reply> withSentinel(Function<FaultServer.Received, Reply> list) {
    return request -> request.path().equals("/api/1.3/patches/1/") ? Reply.json(200, Bodies.patch()) : list.apply(request);
  }

  @ParameterizedTest
  @ValueSource(strings = {"toList", "forEachAsync"})
  void cancellingAListingWithARetryPendingSendsNoRetry(String consumption) {
    Pages pages = new Pages(3, 5, false);
    try (FaultServer server = FaultServer.routing(withSentinel(pages.router(page -> page == 2 ? Reply.html(503) : null)));
        PatchworkClient pw = withPendingPauses(server).build()) {
      CompletableFuture<?> listing = consumption.equals("toList")
          ? pw.patches().list().toList()
          : pw.patches().list().forEachAsync(p -> {});
      await("the retry pause after page 2's 503", () -> pendingPauses.size() == 1);
      assertThat(listRequests(server)).isEqualTo(2);

      listing.cancel(true);
      pendingPauses.forEach(p -> p.complete(null)); // the pause is over
      sentinel(pw);

      assertThat(listing).isCancelled();
      assertThat(listRequests(server)).as("list requests after the cancel").isEqualTo(2);
    }
  }

  @Test
  void cancellingAListingAbandonsTheExchangeInFlight() {
    Pages pages = new Pages(3, 5, false);
    try (FaultServer server = FaultServer.routing(withSentinel(pages.router(page -> page == 2 ? Reply.stall() : null)));
        PatchworkClient pw = client.builder(server).build()) {
      CompletableFuture<List<Patch>> listing = pw.patches().list().toList();
      await("page 2 held by the server", () -> server.open() == 1 && listRequests(server) == 2);

      listing.cancel(true);

      await("the client to close page 2's exchange", () -> server.abandoned() == 1 && server.open() == 0);
      sentinel(pw);
      assertThat(listRequests(server)).isEqualTo(2);
    }
  }

  @Test
  void closingAStreamEarlyStopsItsPrefetchedPages() {
    int ahead = 3;
    Pages pages = new Pages(20, 5, true);
    try (FaultServer server = FaultServer.routing(withSentinel(pages.router(page -> page >= 2 ? Reply.stall() : null)));
        PatchworkClient pw = client.builder(server).pagesAhead(ahead).build()) {
      Optional<Patch> first;
      try (Stream<Patch> s = pw.patches().list().stream()) {
        first = s.findFirst();
        await("pages fetched ahead and held by the server", () -> server.open() >= 1);
      }

      assertThat(first.map(p -> Long.valueOf(p.id()))).contains(1L);
      await("the client to close every prefetch exchange",
          () -> server.open() == 0 && server.abandoned() == listRequests(server) - 1);
      sentinel(pw);
      assertThat(listRequests(server)).as("page 1 and at most the pages ahead").isBetween(2L, 1L + ahead);
      assertThat(server.abandoned()).isEqualTo((int) listRequests(server) - 1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"toList", "forEachAsync"})
  void cancellingAListingAbandonsEveryPageFetchedAhead(String consumption) {
    int ahead = 4;
    Pages pages = new Pages(20, 5, true);
    try (FaultServer server = FaultServer.routing(withSentinel(pages.router(page -> page >= 2 ? Reply.stall() : null)));
        PatchworkClient pw = client.builder(server).pagesAhead(ahead).build()) {
      CompletableFuture<?> listing = consumption.equals("toList")
          ? pw.patches().list().toList()
          : pw.patches().list().forEachAsync(p -> {});
      await("pages fetched ahead and held by the server", () -> server.open() >= 2);

      listing.cancel(true);

      await("the client to close every exchange of the listing",
          () -> server.open() == 0 && server.abandoned() == listRequests(server) - 1);
      sentinel(pw);
      assertThat(listRequests(server)).as("page 1 and at most the pages ahead").isBetween(3L, 1L + ahead);
      assertThat(listing).isCancelled();
    }
  }

  @Test
  void cancellingAPublisherSubscriptionAbandonsThePageInFlight() {
    Pages pages = new Pages(3, 5, false);
    try (FaultServer server = FaultServer.routing(withSentinel(pages.router(page -> page == 2 ? Reply.stall() : null)));
        PatchworkClient pw = client.builder(server).build()) {
      CompletableFuture<Flow.Subscription> subscribed = new CompletableFuture<>();
      List<Patch> received = new CopyOnWriteArrayList<>();
      pw.patches().list().publisher().subscribe(new Flow.Subscriber<Patch>() {
        @Override
        public void onSubscribe(Flow.Subscription subscription) {
          subscribed.complete(subscription);
          subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(Patch item) {
          received.add(item);
        }

        @Override
        public void onError(Throwable throwable) {}

        @Override
        public void onComplete() {}
      });
      await("page 2 held by the server", () -> server.open() == 1 && listRequests(server) == 2);

      subscribed.join().cancel();

      await("the client to close page 2's exchange", () -> server.abandoned() == 1 && server.open() == 0);
      sentinel(pw);
      assertThat(listRequests(server)).isEqualTo(2);
      assertThat(received).hasSize(5);
    }
  }

  @Test
  void cancellingACheckReportAbandonsItsLookupAndPostsNothing() {
    try (FaultServer server = FaultServer.routing(withSentinel(request -> Reply.stall()));
        PatchworkClient pw = client.builder(server).build()) {
      CompletableFuture<?> report = pw.checks().report(1,
          NewCheck.builder().state(CheckState.SUCCESS).context("ci").build());
      await("the lookup of the patch's checks held by the server", () -> server.open() == 1);

      report.cancel(true);

      await("the client to close the lookup's exchange", () -> server.abandoned() == 1 && server.open() == 0);
      sentinel(pw);
      assertThat(server.count("POST")).as("checks posted").isZero();
      assertThat(server.requests()).filteredOn(r -> r.path().endsWith("/checks/")).hasSize(1);
    }
  }
}
