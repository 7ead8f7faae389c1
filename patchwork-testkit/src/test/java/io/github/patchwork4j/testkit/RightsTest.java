package io.github.patchwork4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.patchwork4j.model.Comment;
import io.github.patchwork4j.model.Patch;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may write what (docs/server-behaviour.md), for every role of the data set: {@code maint}
 * maintains {@code alpha}, {@code maint2} maintains {@code beta}, {@code sub} submitted patch 7
 * (alpha), {@code other} has no rights; bundle 1 is maint's public bundle, bundle 2 his private
 * one. The recordings show one refusal per kind; these are the rest of the table.
 */
class RightsTest {

  private static final String NO_PERMISSION = "{\"detail\":\"You do not have permission to perform this action.\"}";
  private static final String NOT_PROVIDED = "{\"detail\":\"Authentication credentials were not provided.\"}";

  private FakePatchwork fake;
  private Http anonymous;

  @BeforeEach
  void start() {
    fake = FakePatchwork.start();
    anonymous = Http.anonymous(fake);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Http as(String user) {
    return Http.as(fake, user);
  }

  private Http basic(String credentials) {
    return Http.withHeader(fake, "Basic " + Base64.getEncoder().encodeToString(
        credentials.getBytes(StandardCharsets.UTF_8)));
  }

  private static void assertAnswer(HttpResponse<String> r, int status, String body) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.body()).isEqualTo(body);
  }

  private static void assertStatus(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
  }

  @Test
  void aPatchIsEditedByItsProjectsMaintainerOnlyWhateverTheCredentials() {
    String body = "{\"archived\": true}";
    assertAnswer(as("maint2").send("PATCH", "/api/1.3/patches/5/", body), 403, NO_PERMISSION);
    assertAnswer(as("other").send("PATCH", "/api/1.3/patches/5/", body), 403, NO_PERMISSION);
    assertAnswer(anonymous.send("PATCH", "/api/1.3/patches/5/", body), 403, NOT_PROVIDED);
    assertAnswer(Http.withHeader(fake, "Token " + "0".repeat(40)).send("PATCH", "/api/1.3/patches/5/", body),
        403, "{\"detail\":\"Invalid token.\"}");
    assertAnswer(basic("maint:wrong").send("PATCH", "/api/1.3/patches/5/", body),
        403, "{\"detail\":\"Invalid username/password.\"}");
    assertThat(anonymous.json("/api/1.3/patches/5/").get("archived").asBoolean()).isFalse();
    assertStatus(basic("maint:" + fake.passwordFor("maint")).send("PATCH", "/api/1.3/patches/5/", body), 200);
    assertThat(anonymous.json("/api/1.3/patches/5/").get("archived").asBoolean()).isTrue();
    assertStatus(as("admin").send("PATCH", "/api/1.3/patches/645/", body), 200);
  }

  @Test
  void basicCredentialsWithoutAColonAreAWrongPassword() {
    // DRF splits at the first ':' (str.partition): no colon is user "maint" with an empty password
    assertAnswer(basic("maint").get("/api/1.3/patches/?per_page=1"), 403,
        "{\"detail\":\"Invalid username/password.\"}");
  }

  @Test
  void theSubmitterEditsHisPatchButNeitherItsRelationsNorItsDelegateBeyondMaintainers() {
    Http sub = as("sub");
    assertThat(anonymous.json("/api/1.3/patches/7/").at("/submitter/email").asText()).isEqualTo("sub@example.com");
    assertStatus(sub.send("PATCH", "/api/1.3/patches/7/", "{\"state\": \"rfc\", \"archived\": true}"), 200);
    assertStatus(sub.send("PATCH", "/api/1.3/patches/7/", "{\"delegate\": 2}"), 200);
    assertAnswer(sub.send("PATCH", "/api/1.3/patches/7/", "{\"delegate\": 5}"), 400,
        "{\"delegate\":[\"User 'other' is not a maintainer for project 'Alpha'\"]}");
    String notMaintaining = "{\"detail\":\"At least one patch is part of a project you are not maintaining.\"}";
    assertAnswer(sub.send("PATCH", "/api/1.3/patches/7/", "{\"related\": [8]}"), 403, notMaintaining);
    assertAnswer(sub.send("PATCH", "/api/1.3/patches/7/", "{\"related\": []}"), 403, notMaintaining);
    // a PUT always writes related (default []), so it needs a maintainer even with valid data
    assertAnswer(sub.send("PUT", "/api/1.3/patches/7/", "{\"state\": \"new\", \"delegate\": null}"), 403,
        notMaintaining);
    JsonNode after = anonymous.json("/api/1.3/patches/7/");
    assertThat(after.get("state").asText()).isEqualTo("rfc");
    assertThat(after.at("/delegate/username").asText()).isEqualTo("maint");
    assertStatus(as("maint").send("PUT", "/api/1.3/patches/7/", "{\"state\": \"new\", \"delegate\": null}"), 200);
  }

  @Test
  void theDelegateEditsThePatchAndPostsChecksButCannotRelateIt() {
    // other maintains nothing: only being the delegate gives him rights on this patch
    Patch p = fake.givenPatch(Fixtures.patch().delegate(Fixtures.user().id(5).build()).build());
    Http other = as("other");
    String path = "/api/1.3/patches/" + p.id() + "/";
    assertStatus(other.send("PATCH", path, "{\"state\": \"under-review\"}"), 200);
    assertStatus(other.send("POST", path + "checks/", "{\"state\": \"success\"}"), 201);
    assertStatus(other.send("PATCH", path, "{\"related\": [3]}"), 403);
    assertStatus(other.send("PUT", path, "{\"state\": \"new\", \"delegate\": null}"), 403);
    assertStatus(other.send("PATCH", "/api/1.3/patches/3/", "{\"state\": \"new\"}"), 403);
  }

  @Test
  void checksArePostedByWhoeverMayEditThePatch() {
    String check = "{\"state\": \"success\"}";
    assertStatus(as("sub").send("POST", "/api/1.3/patches/7/checks/", check), 201);
    assertStatus(as("maint").send("POST", "/api/1.3/patches/7/checks/", check), 201);
    assertAnswer(as("maint2").send("POST", "/api/1.3/patches/7/checks/", check), 403, NO_PERMISSION);
    // the check view words even the anonymous refusal as a missing permission
    assertAnswer(anonymous.send("POST", "/api/1.3/patches/7/checks/", check), 403, NO_PERMISSION);
    assertThat(anonymous.json("/api/1.3/patches/7/checks/")).hasSize(2);
  }

  @Test
  void aPrivateBundleDoesNotExistForOthersAndAPublicOneIsReadOnlyForThem() {
    for (Http stranger : List.of(as("other"), anonymous)) {
      assertStatus(stranger.get("/api/1.3/bundles/2/"), 404);
      assertStatus(stranger.send("PATCH", "/api/1.3/bundles/2/", "{\"public\": true}"), 404);
      assertStatus(stranger.send("DELETE", "/api/1.3/bundles/2/", null), 404);
    }
    for (String method : List.of("PATCH", "PUT", "DELETE")) {
      String body = method.equals("DELETE") ? null : "{\"name\": \"mine\", \"patches\": [1]}";
      assertAnswer(as("other").send(method, "/api/1.3/bundles/1/", body), 403, NO_PERMISSION);
      assertAnswer(anonymous.send(method, "/api/1.3/bundles/1/", body), 403, NOT_PROVIDED);
    }
    assertAnswer(anonymous.send("POST", "/api/1.3/bundles/", "{\"name\": \"x\", \"patches\": [1]}"), 403,
        NOT_PROVIDED);
    assertThat(as("maint").json("/api/1.3/bundles/1/").get("name").asText()).isEqualTo("alpha-next");
  }

  private List<Integer> bundleIds(Http who) {
    List<Integer> ids = new ArrayList<>();
    who.json("/api/1.3/bundles/").forEach(b -> ids.add(b.get("id").asInt()));
    return ids;
  }

  @Test
  void bundleListsShowPublicBundlesAndYourOwn() {
    List<Integer> publicOnly = bundleIds(anonymous);
    anonymous.json("/api/1.3/bundles/").forEach(b -> assertThat(b.get("public").asBoolean()).isTrue());
    assertThat(publicOnly).doesNotContain(2, 3);
    assertThat(bundleIds(as("maint"))).contains(2).doesNotContain(3).containsAll(publicOnly);
    assertThat(bundleIds(as("sub"))).contains(3).doesNotContain(2).containsAll(publicOnly);
    // being a superuser does not show other people's private bundles
    assertThat(bundleIds(as("admin"))).isEqualTo(publicOnly);
  }

  @Test
  void bundleWritesThroughApi10And11AreNotAllowedForAnyone() {
    String notAllowed = "{\"detail\":\"Method \\\"%s\\\" not allowed.\"}";
    for (String version : List.of("1.0", "1.1")) {
      assertAnswer(as("maint").send("PATCH", "/api/" + version + "/bundles/1/", "{\"public\": false}"), 405,
          String.format(notAllowed, "PATCH"));
      assertAnswer(anonymous.send("DELETE", "/api/" + version + "/bundles/2/", null), 405,
          String.format(notAllowed, "DELETE"));
      assertAnswer(as("maint").send("POST", "/api/" + version + "/bundles/", "{\"name\": \"x\", \"patches\": [1]}"),
          405, String.format(notAllowed, "POST"));
    }
    assertStatus(as("maint").send("PATCH", "/api/bundles/1/", "{\"public\": false}"), 200);
  }

  @Test
  void usersEditOnlyThemselvesAndPeopleAndUsersNeedCredentials() {
    assertAnswer(as("admin").send("PATCH", "/api/1.3/users/2/", "{\"first_name\": \"X\"}"), 403, NO_PERMISSION);
    assertAnswer(as("maint").send("PUT", "/api/1.3/users/3/", "{\"settings\": {}}"), 403, NO_PERMISSION);
    assertStatus(as("other").send("PATCH", "/api/1.3/users/5/", "{\"first_name\": \"O\"}"), 200);
    for (String path : List.of("/api/1.3/users/", "/api/1.3/users/1/", "/api/1.3/people/", "/api/1.3/people/1/")) {
      assertAnswer(anonymous.get(path), 403, NOT_PROVIDED);
      assertStatus(as("other").get(path), 200);
    }
    assertAnswer(anonymous.send("PATCH", "/api/1.3/users/5/", "{\"first_name\": \"O\"}"), 403, NOT_PROVIDED);
  }

  @Test
  void projectsAreEditedByTheirMaintainersOnly() {
    String body = "{\"web_url\": \"https://alpha.example.net/\"}";
    assertAnswer(as("maint2").send("PATCH", "/api/1.3/projects/alpha/", body), 403, NO_PERMISSION);
    assertAnswer(as("other").send("PUT", "/api/1.3/projects/1/", "{}"), 403, NO_PERMISSION);
    assertAnswer(anonymous.send("PATCH", "/api/1.3/projects/1/", body), 403, NOT_PROVIDED);
    assertStatus(as("maint").send("PATCH", "/api/1.3/projects/alpha/", body), 200);
    assertStatus(as("admin").send("PUT", "/api/1.3/projects/2/", "{}"), 200);
    assertThat(anonymous.json("/api/1.3/projects/1/").get("web_url").asText()).isEqualTo("https://alpha.example.net/");
  }

  private Comment commentBy(int personId, String on, int ownerId) {
    Comment c = Fixtures.comment().submitter(Fixtures.person().id(personId).build()).build();
    return on.equals("patch") ? fake.givenPatchComment(ownerId, c) : fake.givenCoverComment(ownerId, c);
  }

  @Test
  void aPatchCommentIsMarkedByItsAuthorOrByWhoeverMayEditThePatch() {
    // patch 7 is sub's (alpha); the comment is other's
    String path = "/api/1.3/patches/7/comments/" + commentBy(5, "patch", 7).id() + "/";
    String body = "{\"addressed\": true}";
    assertStatus(as("other").send("PATCH", path, body), 200);
    assertStatus(as("sub").send("PATCH", path, body), 200);
    assertStatus(as("maint").send("PATCH", path, body), 200);
    assertAnswer(as("maint2").send("PATCH", path, body), 403, NO_PERMISSION);
    assertAnswer(anonymous.send("PATCH", path, body), 403, NOT_PROVIDED);
    String strangers = "/api/1.3/patches/7/comments/" + commentBy(9, "patch", 7).id() + "/";
    assertAnswer(as("other").send("PATCH", strangers, body), 403, NO_PERMISSION);
  }

  @Test
  void aCoverCommentIsMarkedByItsAuthorTheCoversSubmitterOrAMaintainer() {
    assertThat(anonymous.json("/api/1.3/covers/1/").at("/submitter/email").asText()).isEqualTo("sub@example.com");
    String path = "/api/1.3/covers/1/comments/" + commentBy(5, "cover", 1).id() + "/";
    String body = "{\"addressed\": false}";
    assertStatus(as("other").send("PATCH", path, body), 200);
    assertStatus(as("sub").send("PATCH", path, body), 200);
    assertStatus(as("maint").send("PATCH", path, body), 200);
    assertAnswer(as("maint2").send("PATCH", path, body), 403, NO_PERMISSION);
    assertAnswer(anonymous.send("PATCH", path, body), 403, NOT_PROVIDED);
  }

  @Test
  void aCommentPutIsRefusedToThoseWithoutRightsBeforeTheServerFailsOnIt() {
    // the view checks permissions before the serializer trips over its hidden parent field
    String path = "/api/1.3/patches/623/comments/60/";
    assertThat(anonymous.json(path).get("addressed").asBoolean()).isTrue();
    String body = "{\"addressed\": false}";
    assertAnswer(anonymous.send("PUT", path, body), 403, NOT_PROVIDED);
    assertAnswer(as("maint2").send("PUT", path, body), 403, NO_PERMISSION);
    HttpResponse<String> maint = as("maint").send("PUT", path, body);
    assertStatus(maint, 500);
    assertThat(maint.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(anonymous.json(path).get("addressed").asBoolean()).isTrue();
  }
}
