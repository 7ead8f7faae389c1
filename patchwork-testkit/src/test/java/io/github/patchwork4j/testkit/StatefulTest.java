package io.github.patchwork4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writes change what the next read returns and emit the server's events. */
class StatefulTest {

  private FakePatchwork fake;
  private Http maint;
  private Http anonymous;

  @BeforeEach
  void start() {
    fake = FakePatchwork.start();
    maint = Http.as(fake, "maint");
    anonymous = Http.anonymous(fake);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private JsonNode newestEvent(String category) {
    return anonymous.json("/api/1.3/events/?category=" + category + "&per_page=1").get(0);
  }

  @Test
  void aPatchedStateShowsInTheNextReadAndEmitsAnEventByTheEditor() {
    String before = anonymous.json("/api/1.3/patches/1/").get("state").asText();
    assertThat(before).isNotEqualTo("changes-requested");
    HttpResponse<String> r = maint.send("PATCH", "/api/1.3/patches/1/", "{\"state\": \"Changes Requested\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(anonymous.json("/api/patches/1/").get("state").asText()).isEqualTo("changes-requested");
    JsonNode event = newestEvent("patch-state-changed");
    assertThat(event.at("/payload/patch/id").asInt()).isEqualTo(1);
    assertThat(event.at("/payload/previous_state").asText()).isEqualTo(before);
    assertThat(event.at("/payload/current_state").asText()).isEqualTo("changes-requested");
    assertThat(event.at("/actor/username").asText()).isEqualTo("maint");
    assertThat(event.get("date").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?");
  }

  @Test
  void eventsOfWritesAreNewestEvenWhenTheClockIsBeforeTheDataSet() {
    String newestRecorded = anonymous.json("/api/1.3/events/?per_page=1").get(0).get("date").asText();
    try (FakePatchwork past = FakePatchwork.builder()
        .clock(java.time.Clock.fixed(java.time.Instant.parse("2020-01-01T00:00:00Z"), java.time.ZoneOffset.UTC))
        .start()) {
      Http.as(past, "maint").send("PATCH", "/api/1.3/patches/1/", "{\"state\": \"rfc\"}");
      Http.as(past, "maint").send("PATCH", "/api/1.3/patches/2/", "{\"state\": \"rfc\"}");
      JsonNode events = Http.anonymous(past).json("/api/1.3/events/?per_page=2");
      assertThat(events.get(0).at("/payload/patch/id").asInt()).isEqualTo(2);
      assertThat(events.get(1).at("/payload/patch/id").asInt()).isEqualTo(1);
      assertThat(java.time.LocalDateTime.parse(events.get(1).get("date").asText()))
          .isAfter(java.time.LocalDateTime.parse(newestRecorded));
      JsonNode since = Http.anonymous(past).json("/api/1.3/events/?since=" + newestRecorded + "&order=date");
      assertThat(since).hasSize(3);
    }
  }

  @Test
  void aDelegateIsSetAndClearedWithNullAndEachChangeIsAnEvent() {
    maint.send("PATCH", "/api/1.3/patches/1/", "{\"delegate\": 2}");
    assertThat(anonymous.json("/api/1.3/patches/1/").at("/delegate/username").asText()).isEqualTo("maint");
    maint.send("PATCH", "/api/1.3/patches/1/", "{\"delegate\": null}");
    assertThat(anonymous.json("/api/1.3/patches/1/").get("delegate").isNull()).isTrue();
    JsonNode cleared = newestEvent("patch-delegated");
    assertThat(cleared.at("/payload/previous_delegate/id").asInt()).isEqualTo(2);
    assertThat(cleared.at("/payload/current_delegate").isNull()).isTrue();
  }

  @Test
  void aPostedCheckIsListedAndDecidesTheCombinedCheck() {
    HttpResponse<String> posted = maint.send("POST", "/api/1.3/patches/1/checks/",
        "{\"state\": \"fail\", \"context\": \"build\", \"target_url\": \"https://ci.example.org/1\"}");
    assertThat(posted.statusCode()).isEqualTo(201);
    JsonNode check = Http.parse(posted);
    assertThat(posted.headers().firstValue("Location")).hasValue(check.get("url").asText());
    assertThat(anonymous.json("/api/1.3/patches/1/").get("check").asText()).isEqualTo("fail");
    JsonNode listed = anonymous.json("/api/1.3/patches/1/checks/");
    assertThat(listed.get(listed.size() - 1)).isEqualTo(check);
    JsonNode event = newestEvent("check-created");
    assertThat(event.at("/payload/check/id")).isEqualTo(check.get("id"));
    assertThat(event.at("/actor/username").asText()).isEqualTo("maint");
    // a newer check of the same user and context supersedes the failure
    maint.send("POST", "/api/1.3/patches/1/checks/", "{\"state\": \"success\", \"context\": \"build\"}");
    assertThat(anonymous.json("/api/1.3/patches/1/").get("check").asText()).isEqualTo("success");
  }

  @Test
  void writesWithoutRightsAre403sInTheServersWords() {
    HttpResponse<String> anon = anonymous.send("POST", "/api/1.3/patches/1/checks/", "{\"state\": \"success\"}");
    assertThat(anon.statusCode()).isEqualTo(403);
    assertThat(anon.body()).contains("You do not have permission to perform this action.");
    HttpResponse<String> sub = Http.as(fake, "sub").send("PATCH", "/api/1.3/patches/1/", "{\"state\": \"rfc\"}");
    // sub submitted patch 1 only if the data set says so: compare with the submitter's account
    boolean ownPatch = anonymous.json("/api/1.3/patches/1/").at("/submitter/email").asText().equals("sub@example.com");
    assertThat(sub.statusCode()).isEqualTo(ownPatch ? 200 : 403);
  }

  @Test
  void bundlesAreCreatedRenamedAndDeletedByTheirOwner() {
    HttpResponse<String> created = maint.send("POST", "/api/1.3/bundles/",
        "{\"name\": \"todo\", \"patches\": [5, 3], \"public\": false}");
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode bundle = Http.parse(created);
    String url = bundle.get("url").asText().replace(fake.baseUrl().toString(), "");
    assertThat(bundle.at("/owner/username").asText()).isEqualTo("maint");
    assertThat(bundle.get("web_url").asText()).isEqualTo(fake.baseUrl() + "/bundle/maint/todo/");
    assertThat(anonymous.get(url).statusCode()).isEqualTo(404);
    assertThat(Http.as(fake, "other").get(url).statusCode()).isEqualTo(404);

    JsonNode renamed = Http.parse(maint.send("PATCH", url, "{\"name\": \"done\", \"public\": true}"));
    assertThat(renamed.get("mbox").asText()).isEqualTo(fake.baseUrl() + "/bundle/maint/done/mbox/");
    assertThat(anonymous.json(url).get("name").asText()).isEqualTo("done");
    HttpResponse<String> notOwner = Http.as(fake, "other").send("PATCH", url, "{\"public\": false}");
    assertThat(notOwner.statusCode()).isEqualTo(403);

    HttpResponse<String> deleted = maint.send("DELETE", url, null);
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertThat(maint.get(url).statusCode()).isEqualTo(404);
  }

  @Test
  void aDuplicateBundleNameIsTheServers500() {
    assertThat(maint.send("POST", "/api/1.3/bundles/", "{\"name\": \"x\", \"patches\": [3]}").statusCode())
        .isEqualTo(201);
    assertThat(maint.send("POST", "/api/1.3/bundles/", "{\"name\": \"x\", \"patches\": [4]}").statusCode())
        .isEqualTo(500);
  }

  @Test
  void commentsAreMarkedAddressedAndEverySaveEmitsAnotherCreatedEvent() {
    long before = anonymous.json("/api/1.3/events/?category=patch-comment-created&per_page=250&page=last").size();
    HttpResponse<String> r = maint.send("PATCH", "/api/1.3/patches/623/comments/60/", "{\"addressed\": true}");
    assertThat(Http.parse(r).get("addressed").asBoolean()).isTrue();
    assertThat(anonymous.json("/api/1.3/patches/623/comments/60/").get("addressed").asBoolean()).isTrue();
    maint.send("PATCH", "/api/1.3/patches/623/comments/60/", "{\"addressed\": null}");
    assertThat(anonymous.json("/api/1.3/patches/623/comments/60/").get("addressed").isNull()).isTrue();
    JsonNode event = newestEvent("patch-comment-created");
    assertThat(event.at("/payload/comment/id").asInt()).isEqualTo(60);
    assertThat(anonymous.json("/api/1.3/events/?category=patch-comment-created&per_page=250&page=last").size())
        .isEqualTo(before + 2);
    assertThat(maint.send("PUT", "/api/1.3/patches/623/comments/60/", "{\"addressed\": true}").statusCode())
        .isEqualTo(500);
  }

  @Test
  void relationsAreAdditiveAndAPatchOfAnotherRelationIsAConflict() {
    maint.send("PATCH", "/api/1.3/patches/3/", "{\"related\": [4]}");
    maint.send("PATCH", "/api/1.3/patches/3/", "{\"related\": [5]}");
    List<Integer> related = new java.util.ArrayList<>();
    anonymous.json("/api/1.3/patches/3/").get("related").forEach(p -> related.add(p.get("id").asInt()));
    assertThat(related).containsExactly(4, 5);
    maint.send("PATCH", "/api/1.3/patches/7/", "{\"related\": [8]}");
    HttpResponse<String> conflict = maint.send("PATCH", "/api/1.3/patches/3/", "{\"related\": [8]}");
    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(conflict.body()).contains("already part of another relation");
  }

  @Test
  void anIntegerStateIsTheServers500AndAnUnknownOneA400ListingTheStates() {
    assertThat(maint.send("PATCH", "/api/1.3/patches/1/", "{\"state\": 3}").statusCode()).isEqualTo(500);
    String expected = Fixtures.exchange("errors/014-patch-invalid-state").body().replace("bogus", "no-such");
    HttpResponse<String> r = maint.send("PATCH", "/api/1.3/patches/1/", "{\"state\": \"No Such\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(Http.parse(r)).isEqualTo(parse(expected));
  }

  private static JsonNode parse(String json) {
    try {
      return Replay.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void bodiesWithoutJsonContentTypeAreRefusedOrIgnoredAsTheServerDoes() {
    String state = anonymous.json("/api/1.3/patches/1/").get("state").asText();
    assertThat(state).isNotEqualTo("rfc");
    HttpResponse<String> noType = Http.as(fake, "maint").sendRaw("PATCH", "/api/1.3/patches/1/",
        "{\"state\": \"rfc\"}", null);
    assertThat(noType.statusCode()).isEqualTo(415);
    HttpResponse<String> form = Http.as(fake, "maint").sendRaw("PATCH", "/api/1.3/patches/1/",
        "{\"state\": \"rfc\"}", "application/x-www-form-urlencoded");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(Http.parse(form).get("state").asText()).isEqualTo(state);
    HttpResponse<String> broken = Http.as(fake, "maint").send("PATCH", "/api/1.3/patches/1/", "{\"state\": ");
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(broken.body()).contains("JSON parse error");
  }

  @Test
  void usersEditOnlyThemselvesAndSettingsFromApi12() {
    HttpResponse<String> other = maint.send("PATCH", "/api/1.3/users/1/", "{\"first_name\": \"X\"}");
    assertThat(other.statusCode()).isEqualTo(403);
    maint.send("PATCH", "/api/1.1/users/2/", "{\"settings\": {\"items_per_page\": 7}}");
    assertThat(maint.json("/api/1.3/users/2/").at("/settings/items_per_page").asInt()).isEqualTo(100);
    maint.send("PATCH", "/api/1.3/users/2/", "{\"first_name\": \"Mai\", \"settings\": {\"show_ids\": true}}");
    JsonNode me = maint.json("/api/1.3/users/2/");
    assertThat(me.get("first_name").asText()).isEqualTo("Mai");
    assertThat(me.at("/settings/show_ids").asBoolean()).isTrue();
    // embedded users everywhere show the change
    assertThat(anonymous.json("/api/1.3/projects/1/").at("/maintainers/0/first_name").asText()).isEqualTo("Mai");
  }

  @Test
  void resetGoesBackToTheDataSetAndForgetsTheRequests() {
    JsonNode original = anonymous.json("/api/1.3/patches/1/");
    maint.send("PATCH", "/api/1.3/patches/1/", "{\"state\": \"deferred\", \"archived\": true}");
    maint.send("POST", "/api/1.3/patches/1/checks/", "{\"state\": \"fail\"}");
    String token = fake.tokenFor("maint");
    fake.reset();
    assertThat(fake.requests()).isEmpty();
    assertThat(anonymous.json("/api/1.3/patches/1/")).isEqualTo(original);
    assertThat(fake.tokenFor("maint")).isEqualTo(token);
  }

  @Test
  void resetUndoesEveryKindOfWriteAndEveryGivenObject() {
    List<String> paths = List.of("/api/1.3/patches/1/", "/api/1.3/patches/1/checks/", "/api/1.3/patches/2/",
        "/api/1.3/bundles/", "/api/1.3/bundles/1/", "/api/1.3/projects/1/", "/api/1.3/users/2/",
        "/api/1.3/patches/623/comments/60/", "/api/1.3/events/?per_page=10", "/api/1.3/patches/?order=-id&per_page=1");
    List<JsonNode> before = new java.util.ArrayList<>();
    paths.forEach(p -> before.add(maint.json(p)));
    maint.send("PATCH", "/api/1.3/patches/1/", "{\"state\": \"deferred\", \"delegate\": 2, \"related\": [2]}");
    maint.send("POST", "/api/1.3/patches/1/checks/", "{\"state\": \"fail\"}");
    maint.send("POST", "/api/1.3/bundles/", "{\"name\": \"new\", \"patches\": [1]}");
    maint.send("DELETE", "/api/1.3/bundles/1/", null);
    maint.send("PATCH", "/api/1.3/projects/1/", "{\"web_url\": \"x\"}");
    maint.send("PATCH", "/api/1.3/users/2/", "{\"first_name\": \"X\", \"settings\": {\"show_ids\": true}}");
    maint.send("PATCH", "/api/1.3/patches/623/comments/60/", "{\"addressed\": false}");
    fake.givenPatch(Fixtures.patch().build());
    fake.reset();
    for (int i = 0; i < paths.size(); i++) {
      assertThat(maint.json(paths.get(i))).as(paths.get(i)).isEqualTo(before.get(i));
    }
    // ids start again where the data set left them
    JsonNode check = Http.parse(maint.send("POST", "/api/1.3/patches/1/checks/", "{\"state\": \"fail\"}"));
    fake.reset();
    assertThat(Http.parse(maint.send("POST", "/api/1.3/patches/1/checks/", "{\"state\": \"fail\"}")).get("id"))
        .isEqualTo(check.get("id"));
  }

  @Test
  void requestsAreRecordedAsSentTellingAbsentFromNull() {
    maint.send("PATCH", "/api/1.3/patches/1/?x=1", "{\"delegate\": null, \"archived\": true}");
    anonymous.get("/api/1.3/patches/?project=alpha&project=beta");
    List<RecordedRequest> requests = fake.requests();
    assertThat(requests).hasSize(2);
    RecordedRequest patch = requests.get(0);
    assertThat(patch.method()).isEqualTo("PATCH");
    assertThat(patch.path()).isEqualTo("/api/1.3/patches/1/");
    assertThat(patch.query()).isEqualTo("x=1");
    assertThat(patch.user()).hasValue("maint");
    assertThat(patch.header("Authorization")).hasValue("<redacted>");
    assertThat(patch.toString()).doesNotContain(fake.tokenFor("maint"));
    assertThat(patch.hasField("delegate")).isTrue();
    assertThat(patch.isNull("delegate")).isTrue();
    assertThat(patch.hasField("state")).isFalse();
    assertThat(patch.fieldJson("archived")).hasValue("true");
    assertThat(patch.fieldText("archived")).hasValue("true");
    assertThat(patch.fieldText("delegate")).isEmpty();
    assertThat(patch.body()).hasValue("{\"delegate\": null, \"archived\": true}");
    RecordedRequest list = requests.get(1);
    assertThat(list.user()).isEmpty();
    assertThat(list.body()).isEmpty();
    assertThat(list.hasField("delegate")).isFalse();
    assertThat(list.queryParameters()).containsEntry("project", List.of("alpha", "beta"));
  }
}
