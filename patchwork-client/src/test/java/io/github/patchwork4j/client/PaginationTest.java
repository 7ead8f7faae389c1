package io.github.patchwork4j.client;

import static io.github.patchwork4j.client.testing.Json.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.patchwork4j.client.error.DecodingException;
import io.github.patchwork4j.client.error.NotFoundException;
import io.github.patchwork4j.client.testing.DatasetPages;
import io.github.patchwork4j.client.testing.RecordedServer;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import io.github.patchwork4j.client.testing.RecordingTest;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.Project;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link Paginated} against recorded pages and pages built from the recorded data set. */
class PaginationTest extends RecordingTest {

  private static final String PATCHES = "/api/1.3/patches/";
  private static final Map<String, String> ALPHA = Map.of("project", "alpha");

  /** One page at a time: these tests pin what the walk sends; PipelineTest covers pages ahead. */
  private PatchworkClient client() {
    return builder().apiVersion(ApiVersion.V1_3).pagesAhead(1).build();
  }

  private static PatchQuery alpha(int pageSize) {
    return PatchQuery.builder().project("alpha").pageSize(pageSize).build();
  }

  private List<Recording> alphaPages(int perPage, boolean firstAndLast) {
    return DatasetPages.pages(PATCHES, ALPHA, DatasetPages.rehost(DatasetPages.patchesOf("alpha"), server.baseUrl()),
        perPage, firstAndLast, server.baseUrl());
  }

  @Test
  void pagesBuiltFromTheDataSetAreTheRecordedPages() {
    List<Recording> built = alphaPages(50, true);
    assertThat(built).hasSize(13);
    for (String[] pair : new String[][] {{"0", "patches-alpha-page-1"}, {"1", "patches-alpha-page-2"},
        {"2", "patches-alpha-page-3"}, {"12", "patches-last-page"}}) {
      Recording recorded = server.recording("v1.3/" + pair[1]);
      Recording page = built.get(Integer.parseInt(pair[0]));
      assertThat(page.json()).as(pair[1]).isEqualTo(recorded.json());
      assertThat(page.headers().get("Link")).as(pair[1]).isEqualTo(recorded.headers().get("Link"));
    }
  }

  @Test
  void lists644PatchesThrough13PagesOf50EachExactlyOnce() {
    List<Recording> pages = alphaPages(50, true);
    pages.forEach(server::stub);
    List<Long> expected = ids(toArray(DatasetPages.patchesOf("alpha")));
    try (PatchworkClient pw = client()) {
      List<Long> seen = pw.patches().list(alpha(50)).stream().map(Patch::id).collect(Collectors.toList());

      assertThat(seen).hasSize(644).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
      assertThat(server.requestUrls()).hasSize(13);
    }
  }

  @Test
  void countReads644FromTheLastLinkInOneRequest() {
    server.stub(alphaPages(1, true).get(0));
    try (PatchworkClient pw = client()) {
      assertThat(pw.patches().list(alpha(50)).count().join()).isEqualTo(644L);
      assertThat(server.requestUrls()).containsExactly(PATCHES + "?project=alpha&per_page=1");
    }
  }

  @Test
  void countWalksWhenTheServerSendsNoLastLink() {
    alphaPages(250, false).forEach(server::stub);
    server.stub(alphaPages(1, false).get(0));
    try (PatchworkClient pw = client()) {
      assertThat(pw.patches().list(PatchQuery.builder().project("alpha").build()).count().join()).isEqualTo(644L);
      assertThat(server.requestUrls()).hasSize(1 + 3);
    }
  }

  @Test
  void aSinglePageWithoutLinkHeaderIsTheWholeList() {
    // Before Patchwork 3.1: no Link on a single page, only next/prev otherwise.
    Recording projects = server.recording("v1.3/projects").withPageSize(250).withHeader("Link", null);
    server.stub(projects);
    List<JsonNode> items = new ArrayList<>();
    projects.json().forEach(items::add);
    DatasetPages.pages("/api/1.3/projects/", Map.of(), items, 1, false, server.baseUrl()).forEach(server::stub);
    try (PatchworkClient pw = client()) {
      assertThat(pw.projects().list().toList().join()).extracting(Project::id)
          .containsExactlyElementsOf(ids(projects.json()));
      assertThat(pw.projects().list().count().join()).isEqualTo(projects.json().size());
    }
  }

  @Test
  void asksFor250PerPageUnlessTheQuerySaysOtherwise() {
    server.stub(server.recording("v1.3/projects").withPageSize(250));
    try (PatchworkClient pw = client()) {
      pw.projects().list().firstPage().join();
      assertThat(server.requestUrls()).containsExactly("/api/1.3/projects/?per_page=250");
    }
  }

  @Test
  void isLazyAndRestartsAtPage1OnEveryConsumption() {
    alphaPages(250, true).forEach(server::stub);
    try (PatchworkClient pw = client()) {
      Paginated<Patch> list = pw.patches().list(PatchQuery.builder().project("alpha").build());
      var unconsumed = list.stream().map(Patch::id);
      Iterator<Patch> notStarted = list.iterator();
      assertThat(server.requestUrls()).isEmpty();
      assertThat(unconsumed).isNotNull();
      assertThat(notStarted).isNotNull();

      List<Long> first = list.stream().limit(3).map(Patch::id).collect(Collectors.toList());
      List<Long> second = list.stream().limit(3).map(Patch::id).collect(Collectors.toList());

      assertThat(second).isEqualTo(first);
      assertThat(server.requestUrls()).containsExactly(
          PATCHES + "?project=alpha&per_page=250", PATCHES + "?project=alpha&per_page=250");
    }
  }

  @Test
  void followsLinksWrittenForAnotherHostOnTheConfiguredBaseOnly() {
    // The recorded pages as the server sent them: links to http://patchwork.example.
    for (String name : List.of("patches-alpha-page-1", "patches-alpha-page-2", "patches-alpha-page-3")) {
      Recording r = server.recording("v1.3/" + name);
      server.stub(r.withHeader("Link", server.recordingAsRecorded("v1.3/" + name).headers().get("Link"))
          .withRole("maint"));
    }
    try (PatchworkClient pw = builder().apiVersion(ApiVersion.V1_3).token("secret-token-abc").build()) {
      List<Patch> firstThree = new ArrayList<>();
      Page<Patch> page = pw.patches().list(alpha(50)).firstPage().join();
      firstThree.addAll(page.items());
      page = page.next().join();
      firstThree.addAll(page.items());
      page = page.next().join();
      firstThree.addAll(page.items());

      assertThat(firstThree).hasSize(150);
      assertThat(server.requests()).hasSize(3)
          .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Token secret-token-abc"));
    }
  }

  @Test
  void refusesANextLinkOutsideTheBasePath() {
    Recording page1 = server.recording("v1.3/patches-alpha-page-1");
    server.stub(page1.withPath(page1.path().replace("/api/", "/patchwork/api/")).withHeader("Link",
        "<" + server.baseUrl() + "/elsewhere/api/1.3/patches/?page=2>; rel=\"next\""));
    try (PatchworkClient pw = PatchworkClient.builder().baseUrl(server.baseUrl() + "/patchwork/")
        .apiVersion(ApiVersion.V1_3).build()) {
      assertThatThrownBy(() -> pw.patches().list(alpha(50)).firstPage().join())
          .hasCauseInstanceOf(DecodingException.class)
          .hasMessageContaining("outside the configured base URL");
      assertThat(server.requestUrls()).hasSize(1);
    }
  }

  @Test
  void stopsAtANextLinkBackToAPageAlreadyRead() {
    List<Recording> pages = alphaPages(50, true);
    server.stub(pages.get(0));
    Recording second = pages.get(1);
    server.stub(second.withHeader("Link", second.headers().get("Link")
        .replace("page=3&per_page=50&project=alpha>; rel=\"next\"", "page=1&per_page=50&project=alpha>; rel=\"next\"")));
    try (PatchworkClient pw = client()) {
      List<Patch> all = pw.patches().list(alpha(50)).toList().join();

      assertThat(all).extracting(Patch::id).doesNotHaveDuplicates().hasSize(100);
      assertThat(server.requestUrls()).hasSize(2);
    }
  }

  @Test
  void streamsAndIteratorsThrowTheServersErrorItself() {
    List<Recording> pages = alphaPages(50, true);
    server.stub(pages.get(0));
    Recording invalid = server.recording("errors/invalid-page");
    server.stub(invalid.withPath(pages.get(1).path()));
    try (PatchworkClient pw = client()) {
      assertThatThrownBy(() -> pw.patches().list(alpha(50)).stream().count())
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("Invalid page.");
      Iterator<Patch> it = pw.patches().list(alpha(50)).iterator();
      for (int i = 0; i < 50; i++) {
        it.next();
      }
      assertThatThrownBy(it::hasNext).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void nextOnTheLastPageIsAnError() {
    Recording projects = server.recording("v1.3/projects").withPageSize(250);
    server.stub(projects);
    try (PatchworkClient pw = client()) {
      Page<Project> only = pw.projects().list().firstPage().join();
      assertThat(only.hasNext()).isFalse();
      assertThatThrownBy(only::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void aConsumerThatThrowsInForEachAsyncFailsTheFuture() throws Exception {
    alphaPages(50, true).forEach(server::stub);
    try (PatchworkClient pw = client()) {
      IllegalStateException boom = new IllegalStateException("consumer failed");
      AtomicInteger handled = new AtomicInteger();
      CompletableFuture<Void> done = pw.patches().list(alpha(50)).forEachAsync(p -> {
        if (handled.incrementAndGet() == 60) {
          throw boom;
        }
      });

      assertThatThrownBy(() -> done.get(30, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCause(boom);
      assertThat(handled.get()).isEqualTo(60);
      assertThat(server.requestUrls()).as("no page after the failure").hasSize(2);
    }
  }

  @Test
  void forEachAsyncVisitsEveryItem() throws Exception {
    alphaPages(250, true).forEach(server::stub);
    try (PatchworkClient pw = client()) {
      List<Long> seen = Collections.synchronizedList(new ArrayList<>());
      pw.patches().list(alpha(250)).forEachAsync(p -> seen.add(p.id())).get(30, TimeUnit.SECONDS);
      assertThat(seen).containsExactlyElementsOf(ids(toArray(DatasetPages.patchesOf("alpha"))));
    }
  }

  @Test
  void publisherFetchesOnePageAtATimeOnlyAsDemanded() throws Exception {
    server.close();
    InFlight inFlight = new InFlight();
    server = RecordedServer.start(inFlight);
    alphaPages(2, true).forEach(server::stub);
    try (PatchworkClient pw = client()) {
      OneAtATime subscriber = new OneAtATime(7);
      pw.patches().list(alpha(2)).publisher().subscribe(subscriber);

      assertThat(subscriber.done.get(30, TimeUnit.SECONDS)).hasSize(7);
      assertThat(subscriber.done.get()).containsExactlyElementsOf(
          ids(toArray(DatasetPages.patchesOf("alpha"))).subList(0, 7));
      assertThat(inFlight.max.get()).as("page requests in flight at once").isEqualTo(1);
      assertThat(subscriber.requestsSeenAtItem).as("pages fetched when item i arrived")
          .containsExactly(1, 1, 2, 2, 3, 3, 4);
      assertThat(server.requestUrls()).as("no page fetched beyond the demand").hasSize(4);
    }
  }

  @Test
  void publisherReportsFailuresToOnError() throws Exception {
    List<Recording> pages = alphaPages(50, true);
    server.stub(pages.get(0));
    server.stub(server.recording("errors/invalid-page").withPath(pages.get(1).path()));
    try (PatchworkClient pw = client()) {
      OneAtATime subscriber = new OneAtATime(Integer.MAX_VALUE);
      pw.patches().list(alpha(50)).publisher().subscribe(subscriber);

      assertThatThrownBy(() -> subscriber.done.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(NotFoundException.class);
      assertThat(subscriber.items).hasSize(50);
    }
  }

  private static JsonNode toArray(List<JsonNode> items) {
    var array = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
    items.forEach(array::add);
    return array;
  }

  /** Counts requests between arrival and answer; slows each a little so overlaps would show. */
  private static final class InFlight implements ServeEventListener {
    final AtomicInteger now = new AtomicInteger();
    final AtomicInteger max = new AtomicInteger();

    @Override
    public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
      max.accumulateAndGet(now.incrementAndGet(), Math::max);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
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

  /** Requests one item at a time, up to a limit, then cancels. */
  private final class OneAtATime implements Flow.Subscriber<Patch> {
    final int limit;
    final List<Long> items = Collections.synchronizedList(new ArrayList<>());
    final List<Integer> requestsSeenAtItem = Collections.synchronizedList(new ArrayList<>());
    final CompletableFuture<List<Long>> done = new CompletableFuture<>();
    final java.util.Set<Long> unique = Collections.synchronizedSet(new HashSet<>());
    Flow.Subscription subscription;

    OneAtATime(int limit) {
      this.limit = limit;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(1);
    }

    @Override
    public void onNext(Patch item) {
      items.add(item.id());
      unique.add(item.id());
      requestsSeenAtItem.add(server.requestUrls().size());
      if (items.size() >= limit) {
        subscription.cancel();
        done.complete(List.copyOf(items));
      } else {
        subscription.request(1);
      }
    }

    @Override
    public void onError(Throwable t) {
      done.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      done.complete(List.copyOf(items));
    }
  }
}
