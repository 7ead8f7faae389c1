package io.github.patchwork4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Filters, search, ordering and pagination quirks (docs/server-behaviour.md, "Lists"), and the
 * queries that make the server fail with a 500.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListsTest {

  private FakePatchwork fake;
  private Http anonymous;

  @BeforeAll
  void start() {
    fake = FakePatchwork.start();
    anonymous = Http.anonymous(fake);
  }

  @AfterAll
  void stop() {
    fake.close();
  }

  private List<Integer> ids(String path) {
    List<Integer> out = new ArrayList<>();
    anonymous.json(path).forEach(n -> out.add(n.get("id").asInt()));
    return out;
  }

  @Test
  void perPageAbove250IsCappedAndEchoedInTheLinks() {
    HttpResponse<String> r = anonymous.get("/api/1.3/patches/?per_page=1000");
    assertThat(Http.parse(r)).hasSize(250);
    int total = Fixtures.exchange("v1.3/009-patches-default-page").header("Link").map(l -> {
      // the recorded default page (30 per page) says how many pages there are
      String last = l.replaceAll(".*page=(\\d+)>; rel=\"last\".*", "$1");
      return Integer.parseInt(last);
    }).orElseThrow();
    assertThat(total).isGreaterThan(1);
    assertThat(r.headers().firstValue("Link").orElseThrow())
        .contains("/api/1.3/patches/?page=2&per_page=1000>; rel=\"next\"")
        .contains("per_page=1000>; rel=\"last\"");
  }

  @Test
  void invalidPagesAre404WithJsonAndLastIsAccepted() {
    for (String page : new String[] {"0", "abc", "9999", ""}) {
      HttpResponse<String> r = anonymous.get("/api/1.3/projects/?page=" + page);
      assertThat(r.statusCode()).as("page=%s", page).isEqualTo(404);
      assertThat(r.body()).isEqualTo("{\"detail\":\"Invalid page.\"}");
    }
    assertThat(anonymous.get("/api/1.3/projects/?page=last").statusCode()).isEqualTo(200);
  }

  @Test
  void aNonPositivePerPageMeansTheDefault() {
    assertThat(anonymous.json("/api/1.3/patches/?per_page=0")).hasSize(30);
    assertThat(anonymous.json("/api/1.3/patches/?per_page=-5")).hasSize(30);
  }

  @Test
  void aNonNumericPerPageMeansTheDefaultAndIsEchoedInTheLinks() {
    HttpResponse<String> r = anonymous.get("/api/1.3/patches/?per_page=many");
    assertThat(Http.parse(r)).hasSize(30);
    assertThat(r.headers().firstValue("Link").orElseThrow()).contains("?page=2&per_page=many>; rel=\"next\"");
  }

  @Test
  void severalOrderFieldsApplyInTurnAndEachTakesOneMinusOnly() {
    JsonNode byArchivedThenId = anonymous.json("/api/1.3/patches/?order=-archived,bogus,-id&per_page=250");
    List<String> keys = new ArrayList<>();
    byArchivedThenId.forEach(p -> keys.add((p.get("archived").asBoolean() ? "1" : "0")
        + String.format("%09d", p.get("id").asInt())));
    assertThat(keys).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(keys.get(0)).startsWith("1");
    // DRF strips one '-' before checking the name: "--id" is unknown, so the default order applies
    assertThat(ids("/api/1.3/patches/?order=--id")).isEqualTo(ids("/api/1.3/patches/"));
  }

  @Test
  void repeatedMultiValueFiltersAreOredAndOneBadValueEmptiesTheList() {
    int alpha = ids("/api/1.3/patches/?project=alpha&per_page=250&page=last").size();
    List<Integer> beta = ids("/api/1.3/patches/?project=beta&per_page=250");
    List<Integer> both = ids("/api/1.3/patches/?project=alpha&project=beta&per_page=250&page=last");
    assertThat(both).containsAll(beta);
    assertThat(both.size()).isEqualTo(alpha + beta.size());
    assertThat(ids("/api/1.3/patches/?project=alpha&project=nosuch")).isEmpty();
    assertThat(ids("/api/1.3/patches/?project=ALPHA&per_page=5")).hasSize(5);
  }

  @Test
  void aRepeatedSingleValueFilterTakesTheLastValue() {
    assertThat(ids("/api/1.3/events/?category=patch-created&category=check-created&per_page=250"))
        .isEqualTo(ids("/api/1.3/events/?category=check-created&per_page=250"));
    assertThat(ids("/api/1.3/events/?category=foo")).isEmpty();
  }

  @Test
  void booleansAcceptTrueFalseOneZeroAndIgnoreAnythingElse() {
    assertThat(ids("/api/1.3/patches/?archived=TRUE&per_page=250"))
        .isEqualTo(ids("/api/1.3/patches/?archived=1&per_page=250"));
    assertThat(ids("/api/1.3/patches/?archived=maybe&per_page=250"))
        .isEqualTo(ids("/api/1.3/patches/?per_page=250"));
  }

  @Test
  void checkStatesFilterByNumberNotName() {
    assertThat(ids("/api/1.3/patches/643/checks/?state=success")).isEmpty();
    assertThat(ids("/api/1.3/patches/643/checks/?state=1")).isNotEmpty();
  }

  @Test
  void eventActorsFilterByIdOnly() {
    assertThat(ids("/api/1.3/events/?actor=maint")).isEmpty();
    JsonNode byId = anonymous.json("/api/1.3/events/?actor=2&per_page=250");
    assertThat(byId).isNotEmpty();
    byId.forEach(e -> assertThat(e.at("/actor/id").asInt()).isEqualTo(2));
  }

  @Test
  void msgidIsMatchedWithoutBracketsAndHashIgnoredBelow12() {
    JsonNode patch = anonymous.json("/api/1.3/patches/1/");
    String msgid = patch.get("msgid").asText();
    String bare = msgid.substring(1, msgid.length() - 1);
    assertThat(ids("/api/1.3/patches/?msgid=" + bare)).containsExactly(1);
    assertThat(ids("/api/1.3/patches/?msgid=" + java.net.URLEncoder.encode(msgid,
        java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
    String hash = patch.get("hash").asText();
    assertThat(ids("/api/1.3/patches/?hash=" + hash.toUpperCase())).contains(1);
    assertThat(ids("/api/1.1/patches/?hash=" + hash)).isEqualTo(ids("/api/1.1/patches/"));
  }

  @Test
  void searchNeedsEveryTermAndUnknownOrderNamesFallBackToTheDefault() {
    JsonNode found = anonymous.json("/api/1.3/patches/?q=bar,driver%20part&per_page=250");
    assertThat(found).isNotEmpty();
    found.forEach(p -> assertThat(p.get("name").asText().toLowerCase()).contains("bar").contains("driver").contains("part"));
    assertThat(ids("/api/1.3/patches/?order=bogus")).isEqualTo(ids("/api/1.3/patches/"));
    Http maint = Http.as(fake, "maint");
    List<String> names = new ArrayList<>();
    maint.json("/api/1.3/people/?order=-name").forEach(p -> names.add(p.get("name").asText()));
    assertThat(names).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void sinceAndBeforeTakeNaiveDatesAndDates() {
    assertThat(ids("/api/1.3/patches/?since=2025-01-01&before=2025-03-01&per_page=100"))
        .isEqualTo(ids("/api/1.3/patches/?since=2025-01-01T00:00:00&before=2025-03-01T00:00:00&per_page=100"));
    assertThat(ids("/api/1.3/patches/?since=yesterday")).isEmpty();
  }

  @Test
  void requestsTheServerFailsOnAre500sThere() {
    Http maint = Http.as(fake, "maint");
    for (String path : new String[] {"/api/1.3/projects/?q=alpha", "/api/1.3/projects/?order=link_name",
        "/api/1.3/series/?order=received_all", "/api/1.3/covers/?series=1",
        "/api/1.3/patches/623/comments/?q=x", "/api/1.3/patches/623/comments/?order=subject",
        "/api/1.3/patches/?since=2025-01-01T00:00:00Z", "/api/1.3/events/?before=2025-01-01T00:00:00%2B01:00"}) {
      HttpResponse<String> r = maint.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(500);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    }
    assertThat(ids("/api/1.3/covers/?series=99")).isEmpty();
  }
}
