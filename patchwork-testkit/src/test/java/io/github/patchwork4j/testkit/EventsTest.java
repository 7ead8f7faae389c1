package io.github.patchwork4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The events writes emit (docs/server-behaviour.md, {@code patchwork/signals.py}) and the combined check
 *, beyond what the recorded write sequence shows.
 */
class EventsTest {

  private FakePatchwork fake;
  private Http maint;
  private Http anonymous;
  private int seen;

  @BeforeEach
  void start() {
    fake = FakePatchwork.start();
    maint = Http.as(fake, "maint");
    anonymous = Http.anonymous(fake);
    seen = anonymous.json("/api/1.3/events/?per_page=1").get(0).get("id").asInt();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  /** Events newer than the last call, oldest first, as "category patch actor". */
  private List<String> newEvents() {
    List<String> out = new ArrayList<>();
    int newest = seen;
    for (JsonNode e : anonymous.json("/api/1.3/events/?per_page=50")) {
      int id = e.get("id").asInt();
      if (id > seen) {
        out.add(0, e.get("category").asText() + " " + e.at("/payload/patch/id").asText("-") + " "
            + e.at("/actor/username").asText("null"));
        newest = Math.max(newest, id);
      }
    }
    seen = newest;
    return out;
  }

  /** A top-level field of every item of a list. */
  private static List<String> each(JsonNode list, String field) {
    List<String> out = new ArrayList<>();
    list.forEach(i -> out.add(i.get(field).asText()));
    return out;
  }

  @Test
  void anEditEmitsRelationEventsFirstThenStateThenDelegate() {
    maint.send("PATCH", "/api/1.3/patches/7/", "{\"state\": \"rfc\", \"delegate\": 2, \"related\": [8]}");
    // the other patch is saved without an editor: no actor
    assertThat(newEvents()).containsExactly("patch-relation-changed 8 null", "patch-relation-changed 7 maint",
        "patch-state-changed 7 maint", "patch-delegated 7 maint");
    JsonNode delegated = anonymous.json("/api/1.3/events/?category=patch-delegated&per_page=1").get(0);
    assertThat(delegated.at("/payload/previous_delegate").isNull()).isTrue();
    assertThat(delegated.at("/payload/current_delegate")).isEqualTo(maint.json("/api/1.3/users/").get(1));
    JsonNode changed = anonymous.json("/api/1.3/events/?category=patch-state-changed&per_page=1").get(0);
    assertThat(changed.at("/payload/previous_state").asText()).isEqualTo("new");
    assertThat(changed.at("/payload/current_state").asText()).isEqualTo("rfc");
    // nothing changes, nothing is emitted; archived and commit_ref have no events
    maint.send("PATCH", "/api/1.3/patches/7/", "{\"state\": \"rfc\", \"delegate\": 2, \"archived\": true, "
        + "\"commit_ref\": \"abc\"}");
    assertThat(newEvents()).isEmpty();
  }

  @Test
  void leavingARelationEmitsOnlyWhileTheRelationSurvives() {
    maint.send("PATCH", "/api/1.3/patches/1/", "{\"related\": [2, 3]}");
    assertThat(newEvents()).containsExactly("patch-relation-changed 2 null", "patch-relation-changed 3 null",
        "patch-relation-changed 1 maint");
    maint.send("PATCH", "/api/1.3/patches/1/", "{\"related\": [4]}");
    assertThat(newEvents()).containsExactly("patch-relation-changed 4 null");
    maint.send("PATCH", "/api/1.3/patches/4/", "{\"related\": []}");
    assertThat(newEvents()).containsExactly("patch-relation-changed 4 maint");
    maint.send("PUT", "/api/1.3/patches/3/", "{\"state\": \"rejected\", \"delegate\": null}");
    assertThat(newEvents()).containsExactly("patch-relation-changed 3 maint");
    // the last two: the relation is deleted and the database unlinks both without a save
    maint.send("PATCH", "/api/1.3/patches/2/", "{\"related\": []}");
    assertThat(newEvents()).isEmpty();
    JsonNode payload = anonymous.json("/api/1.3/events/?category=patch-relation-changed&per_page=1").get(0)
        .get("payload");
    assertThat(payload.get("previous_relation").isNull()).isTrue();
    assertThat(payload.get("current_relation").isNull()).isTrue();
  }

  private String combined() {
    return anonymous.json("/api/1.3/patches/5/").get("check").asText();
  }

  private void check(Http who, String state, String context) {
    assertThat(who.send("POST", "/api/1.3/patches/5/checks/",
        "{\"state\": \"" + state + "\", \"context\": \"" + context + "\"}").statusCode()).isEqualTo(201);
  }

  @Test
  void theCombinedCheckTakesTheNewestPerUserAndContextWorstFirst() {
    Http admin = Http.as(fake, "admin");
    assertThat(combined()).isEqualTo("pending");
    check(maint, "success", "build");
    assertThat(combined()).isEqualTo("success");
    check(maint, "warning", "lint");
    check(admin, "pending", "build");
    assertThat(combined()).isEqualTo("warning");
    check(maint, "success", "lint");
    assertThat(combined()).isEqualTo("pending");
    check(admin, "success", "build");
    assertThat(combined()).isEqualTo("success");
    check(admin, "fail", "boot");
    check(admin, "warning", "boot2");
    assertThat(combined()).isEqualTo("fail");
  }

  @Test
  void aCheckEventEmbedsTheCheckWithoutUserAndDescription() {
    JsonNode posted = Http.parse(Http.as(fake, "sub").send("POST", "/api/1.3/patches/7/checks/",
        "{\"state\": \"warning\", \"target_url\": \"https://ci.example.org/7\", \"description\": \"slow\"}"));
    JsonNode event = anonymous.json("/api/1.3/events/?category=check-created&per_page=1").get(0);
    assertThat(event.at("/actor/username").asText()).isEqualTo("sub");
    List<String> keys = new ArrayList<>();
    event.at("/payload/check").fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("id", "url", "date", "state", "target_url", "context");
    for (String k : keys) {
      assertThat(event.at("/payload/check/" + k)).isEqualTo(posted.get(k));
    }
  }

  @Test
  void eventFiltersAndOrder() {
    maint.send("PATCH", "/api/1.3/patches/7/", "{\"state\": \"rfc\"}");
    List<String> dates = each(anonymous.json("/api/1.3/events/?order=date&per_page=250"), "date");
    assertThat(dates).isSortedAccordingTo((a, b) -> java.time.LocalDateTime.parse(a)
        .compareTo(java.time.LocalDateTime.parse(b)));
    JsonNode newest = anonymous.json("/api/1.3/events/?per_page=1").get(0);
    String date = newest.get("date").asText();
    assertThat(each(anonymous.json("/api/1.3/events/?since=" + date), "date")).containsExactly(date);
    anonymous.json("/api/1.3/events/?before=" + date + "&per_page=250")
        .forEach(e -> assertThat(e.get("date").asText()).isNotEqualTo(date));
    // patch, series and cover filters take ids, repeated values OR
    anonymous.json("/api/1.3/events/?patch=7&patch=8&per_page=250")
        .forEach(e -> assertThat(e.at("/payload/patch/id").asInt()).isIn(7, 8));
    anonymous.json("/api/1.3/events/?series=1&per_page=250")
        .forEach(e -> assertThat(e.at("/payload/series/id").asInt()).isEqualTo(1));
    assertThat(each(anonymous.json("/api/1.3/events/?cover=76"), "category"))
        .contains("cover-created", "cover-comment-created");
    assertThat(anonymous.json("/api/1.3/events/?patch=alpha")).isEmpty();
    // the actor filter arrived in 1.2: through 1.1 it filters nothing
    assertThat(each(anonymous.json("/api/1.1/events/?actor=2&per_page=5"), "id"))
        .isEqualTo(each(anonymous.json("/api/1.1/events/?per_page=5"), "id"));
  }

  @Test
  void commentEventsExistFromApi13Only() {
    assertThat(anonymous.json("/api/1.3/events/?per_page=250&category=patch-comment-created")).isNotEmpty();
    for (String version : List.of("1.0", "1.1", "1.2")) {
      JsonNode all = anonymous.json("/api/" + version + "/events/?per_page=250&page=last");
      assertThat(each(all, "category")).doesNotContain("patch-comment-created", "cover-comment-created");
      assertThat(anonymous.json("/api/" + version + "/events/?category=cover-comment-created")).isEmpty();
    }
  }
}
