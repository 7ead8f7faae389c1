package io.github.patchwork4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the server reads write bodies it was not recorded reading (docs/server-behaviour.md): value
 * forms it accepts, the shapes of its refusals and the semantics of relations and bundle lists.
 */
class ValidationTest {

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

  private static void assertAnswer(HttpResponse<String> r, int status, String body) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.body()).isEqualTo(body);
  }

  private List<Integer> related(int patch) {
    List<Integer> ids = new ArrayList<>();
    anonymous.json("/api/1.3/patches/" + patch + "/").get("related").forEach(p -> ids.add(p.get("id").asInt()));
    return ids;
  }

  @Test
  void patchValuesAreReadAsTheServerReadsThem() {
    JsonNode p = Http.parse(maint.send("PATCH", "/api/1.3/patches/5/",
        "{\"delegate\": \"2\", \"archived\": \"true\", \"state\": \"UNDER-REVIEW\"}"));
    assertThat(p.at("/delegate/username").asText()).isEqualTo("maint");
    assertThat(p.get("archived").asBoolean()).isTrue();
    assertThat(p.get("state").asText()).isEqualTo("under-review");
    assertThat(Http.parse(maint.send("PATCH", "/api/1.3/patches/5/", "{\"state\": \"Awaiting Upstream\"}"))
        .get("state").asText()).isEqualTo("awaiting-upstream");
    assertAnswer(maint.send("PATCH", "/api/1.3/patches/5/", "{\"delegate\": \"maint\"}"), 400,
        "{\"delegate\":[\"Incorrect type. Expected pk value, received str.\"]}");
    assertAnswer(maint.send("PATCH", "/api/1.3/patches/5/", "{\"archived\": \"maybe\"}"), 400,
        "{\"archived\":[\"Must be a valid boolean.\"]}");
    // read-only fields are ignored without a word
    JsonNode before = anonymous.json("/api/1.3/patches/5/");
    HttpResponse<String> readOnly = maint.send("PATCH", "/api/1.3/patches/5/",
        "{\"name\": \"renamed\", \"hash\": \"00\", \"project\": 2, \"submitter\": 5, \"msgid\": \"<x@y>\"}");
    assertThat(readOnly.statusCode()).isEqualTo(200);
    assertThat(anonymous.json("/api/1.3/patches/5/")).isEqualTo(before);
  }

  @Test
  void relationsGrowTogetherShowBothWaysAndAreLeftByEmptyingYourOwn() {
    maint.send("PATCH", "/api/1.3/patches/1/", "{\"related\": [2]}");
    maint.send("PATCH", "/api/1.3/patches/1/", "{\"related\": [3]}");
    assertThat(related(1)).containsExactly(2, 3);
    assertThat(related(2)).containsExactly(1, 3);
    assertThat(related(3)).containsExactly(1, 2);
    // 2 leaves; 1 and 3 stay related
    maint.send("PATCH", "/api/1.3/patches/2/", "{\"related\": []}");
    assertThat(related(2)).isEmpty();
    assertThat(related(1)).containsExactly(3);
    // a relation left with one member is gone
    maint.send("PATCH", "/api/1.3/patches/3/", "{\"related\": []}");
    assertThat(related(1)).isEmpty();
    assertThat(related(3)).isEmpty();
    // emptying a patch in no relation changes nothing
    assertThat(maint.send("PATCH", "/api/1.3/patches/3/", "{\"related\": []}").statusCode()).isEqualTo(200);
  }

  @Test
  void joiningAnotherRelationIsAConflictAndChangesNothing() {
    // 631 is related to 632 and 633 in the data set
    assertThat(related(631)).containsExactly(632, 633);
    maint.send("PATCH", "/api/1.3/patches/1/", "{\"related\": [2]}");
    String conflict = "{\"detail\":\"At least one patch is already part of another relation. You have to explicitly "
        + "remove a patch from its existing relation before moving it to this one.\"}";
    assertAnswer(maint.send("PATCH", "/api/1.3/patches/1/", "{\"related\": [631]}"), 409, conflict);
    assertAnswer(maint.send("PATCH", "/api/1.3/patches/631/", "{\"related\": [2]}"), 409, conflict);
    assertThat(related(1)).containsExactly(2);
    assertThat(related(631)).containsExactly(632, 633);
  }

  @Test
  void checksTakeStateCodesAndCountForTheUserNamedInTheBody() {
    List<String> states = new ArrayList<>();
    for (String state : List.of("0", "1", "2", "3", "\"3\"")) {
      JsonNode c = Http.parse(maint.send("POST", "/api/1.3/patches/5/checks/", "{\"state\": " + state + "}"));
      states.add(c.get("state").asText());
      assertThat(c.get("context").asText()).isEqualTo("default");
    }
    assertThat(states).containsExactly("pending", "success", "warning", "fail", "fail");
    // the server's bug: a writable user field
    JsonNode other = Http.parse(maint.send("POST", "/api/1.3/patches/5/checks/",
        "{\"state\": \"success\", \"user\": 5}"));
    assertThat(other.at("/user/username").asText()).isEqualTo("other");
    JsonNode event = anonymous.json("/api/1.3/events/?category=check-created&per_page=1").get(0);
    assertThat(event.at("/actor/username").asText()).isEqualTo("other");
  }

  private static final Pattern X_ID = Pattern.compile("^X-Patchwork-Id: (\\d+)$", Pattern.MULTILINE);

  private List<Integer> mboxIds(String url) {
    List<Integer> out = new ArrayList<>();
    Matcher m = X_ID.matcher(maint.get(url.replace(fake.baseUrl().toString(), "")).body());
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1)));
    }
    return out;
  }

  @Test
  void bundlePatchesAreReplacedInOrderListedByDateAndDownloadedInBundleOrder() {
    JsonNode b = Http.parse(maint.send("PATCH", "/api/1.3/bundles/1/", "{\"patches\": [629, 5, 627]}"));
    List<Integer> listed = new ArrayList<>();
    b.get("patches").forEach(p -> listed.add(p.get("id").asInt()));
    assertThat(listed).containsExactly(5, 627, 629);
    assertThat(mboxIds(b.get("mbox").asText())).containsExactly(629, 5, 627);
    JsonNode renamed = Http.parse(maint.send("PATCH", "/api/1.3/bundles/1/", "{\"name\": \"next\"}"));
    assertThat(renamed.get("patches")).isEqualTo(b.get("patches"));
  }

  @Test
  void bundleBodiesAreValidatedAsTheServerDoes() {
    assertAnswer(maint.send("POST", "/api/1.3/bundles/", "{\"name\": \"x\"}"), 400,
        "{\"patches\":[\"This field is required.\"]}");
    assertAnswer(maint.send("POST", "/api/1.3/bundles/", "{\"name\": \"x\", \"patches\": [1, 645]}"), 400,
        "{\"patches\":[\"Bundle patches must belong to the same project\"]}");
    assertAnswer(maint.send("PUT", "/api/1.3/bundles/1/", "{\"public\": false}"), 400,
        "{\"name\":[\"This field is required.\"],\"patches\":[\"This field is required.\"]}");
    assertAnswer(maint.send("PATCH", "/api/1.3/bundles/1/", "{\"patches\": []}"), 400,
        "{\"patches\":[\"Bundles cannot be empty\"]}");
    // a rename onto another of your bundles hits the unique constraint: the server's 500
    assertThat(maint.send("PATCH", "/api/1.3/bundles/1/", "{\"name\": \"maint-todo\"}").statusCode()).isEqualTo(500);
    assertThat(maint.send("PUT", "/api/1.3/bundles/1/", "{\"name\": \"n\", \"patches\": [1]}").statusCode())
        .isEqualTo(200);
  }

  @Test
  void bundleLinksQuoteTheNameAsDjangoReversesIt() {
    JsonNode b = Http.parse(maint.send("POST", "/api/1.3/bundles/",
        "{\"name\": \"CI todo #1 \u00e9t\u00e9\", \"patches\": [625, 626]}"));
    String web = fake.baseUrl() + "/bundle/maint/CI%20todo%20%231%20%C3%A9t%C3%A9/";
    assertThat(b.get("web_url").asText()).isEqualTo(web);
    assertThat(b.get("mbox").asText()).isEqualTo(web + "mbox/");
    assertThat(URI.create(b.get("mbox").asText()).getPath()).isEqualTo("/bundle/maint/CI todo #1 \u00e9t\u00e9/mbox/");
    assertThat(mboxIds(b.get("mbox").asText())).containsExactly(625, 626);
    JsonNode renamed = Http.parse(maint.send("PATCH", b.get("url").asText().replace(fake.baseUrl().toString(), ""),
        "{\"name\": \"a+b=c\"}"));
    assertThat(renamed.get("web_url").asText()).isEqualTo(fake.baseUrl() + "/bundle/maint/a+b=c/");
  }

  @Test
  void userPutNeedsSettingsButNoneOfItsFields() {
    assertAnswer(maint.send("PUT", "/api/1.3/users/2/", "{\"first_name\": \"M\"}"), 400,
        "{\"settings\":[\"This field is required.\"]}");
    assertAnswer(maint.send("PATCH", "/api/1.3/users/2/", "{\"settings\": null}"), 400,
        "{\"settings\":[\"This field may not be null.\"]}");
    JsonNode before = maint.json("/api/1.3/users/2/");
    // every settings field has a model default, so none is required; an empty object changes nothing
    HttpResponse<String> put = maint.send("PUT", "/api/1.3/users/2/", "{\"settings\": {}, \"username\": \"x\"}");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    assertThat(Http.parse(put)).isEqualTo(before);
    JsonNode partial = Http.parse(maint.send("PUT", "/api/1.3/users/2/", "{\"settings\": {\"show_ids\": true}}"));
    assertThat(partial.at("/settings/show_ids").asBoolean()).isTrue();
    assertThat(partial.at("/settings/items_per_page")).isEqualTo(before.at("/settings/items_per_page"));
  }

  @Test
  void aProjectPutNeedsNothingAndIgnoresReadOnlyFields() {
    JsonNode before = anonymous.json("/api/1.3/projects/1/");
    assertThat(Http.parse(maint.send("PUT", "/api/1.3/projects/1/", "{}"))).isEqualTo(before);
    HttpResponse<String> r = maint.send("PATCH", "/api/1.3/projects/1/",
        "{\"name\": \"Omega\", \"link_name\": \"omega\", \"maintainers\": [], \"scm_url\": \"\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode after = anonymous.json("/api/1.3/projects/alpha/");
    assertThat(after.get("name")).isEqualTo(before.get("name"));
    assertThat(after.get("maintainers")).isEqualTo(before.get("maintainers"));
    assertThat(after.get("scm_url").asText()).isEmpty();
  }

  @Test
  void theBodyMustBeJsonOrAFormAndTheAnswerJson() {
    JsonNode before = anonymous.json("/api/1.3/projects/1/");
    HttpResponse<String> form = maint.sendRaw("PATCH", "/api/1.3/projects/1/", "{\"web_url\": \"x\"}",
        "application/x-www-form-urlencoded");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(anonymous.json("/api/1.3/projects/1/")).isEqualTo(before);
    assertAnswer(maint.sendRaw("PATCH", "/api/1.3/projects/1/", "{\"web_url\": \"x\"}", null), 415,
        "{\"detail\":\"Unsupported media type \\\"\\\" in request.\"}");
    HttpResponse<String> realForm = maint.sendRaw("PATCH", "/api/1.3/patches/5/", "state=rfc&archived=true",
        "application/x-www-form-urlencoded");
    assertThat(Http.parse(realForm).get("state").asText()).isEqualTo("rfc");
  }

  @Test
  void multipartFormFieldsAreReadLikeAForm() {
    String body = "--xyz\r\nContent-Disposition: form-data; name=\"state\"\r\n\r\nchanges-requested\r\n"
        + "--xyz\r\nContent-Disposition: form-data; name=\"commit_ref\"\r\n\r\nabc\r\ndef\r\n"
        + "--xyz\r\nContent-Disposition: form-data; name=\"archived\"; filename=\"a.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\ntrue\r\n--xyz--\r\n";
    HttpResponse<String> r = maint.sendRaw("PATCH", "/api/1.3/patches/5/", body, "multipart/form-data; boundary=xyz");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode p = anonymous.json("/api/1.3/patches/5/");
    assertThat(p.get("state").asText()).isEqualTo("changes-requested");
    assertThat(p.get("commit_ref").asText()).isEqualTo("abc\r\ndef");
    // a file part is a file, not a field
    assertThat(p.get("archived").asBoolean()).isFalse();
    HttpResponse<String> check = maint.sendRaw("POST", "/api/1.3/patches/5/checks/",
        "--b\r\nContent-Disposition: form-data; name=\"state\"\r\n\r\nwarning\r\n--b--\r\n",
        "multipart/form-data; boundary=b");
    assertThat(Http.parse(check).get("state").asText()).isEqualTo("warning");
  }

  @Test
  void aJsonNullBodyIsNoDataExceptForChecksWhichTheServerFailsOn() {
    assertAnswer(maint.send("PATCH", "/api/1.3/patches/5/", "null"), 400, "{\"detail\":[\"No data provided\"]}");
    assertAnswer(maint.send("PUT", "/api/1.3/projects/1/", "null"), 400, "{\"detail\":[\"No data provided\"]}");
    // CheckSerializer.run_validation looks for 'state' in None: a TypeError
    HttpResponse<String> check = maint.send("POST", "/api/1.3/patches/5/checks/", "null");
    assertThat(check.statusCode()).isEqualTo(500);
    assertThat(check.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertAnswer(maint.send("PATCH", "/api/1.3/patches/5/", "\"rfc\""), 400,
        "{\"detail\":[\"Invalid data. Expected a dictionary, but got str.\"]}");
  }
}
