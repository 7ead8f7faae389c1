package io.github.patchwork4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The web downloads the API links to (reference §10), built from the data set. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DownloadsTest {

  private static final Pattern X_ID = Pattern.compile("^X-Patchwork-Id: (\\d+)$", Pattern.MULTILINE);

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

  private String path(String url) {
    return url.replace(fake.baseUrl().toString(), "");
  }

  private static List<Long> ids(String mbox) {
    List<Long> out = new ArrayList<>();
    Matcher m = X_ID.matcher(mbox);
    while (m.find()) {
      out.add(Long.parseLong(m.group(1)));
    }
    return out;
  }

  @Test
  void aPatchMboxHasTheMailTheHeadersAndTheDiff() {
    JsonNode patch = anonymous.json("/api/1.3/patches/2/");
    HttpResponse<String> r = anonymous.get(path(patch.get("mbox").asText()));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=").endsWith(".patch");
    String mbox = r.body();
    assertThat(mbox).startsWith("From patchwork ");
    assertThat(mbox).contains("\nSubject: " + patch.at("/headers/Subject").asText() + "\n");
    assertThat(mbox).contains("\nX-Patchwork-Submitter: " + patch.at("/submitter/name").asText() + " <"
        + patch.at("/submitter/email").asText() + ">\n");
    assertThat(ids(mbox)).containsExactly(2L);
    assertThat(mbox).endsWith(patch.get("diff").asText());
  }

  @Test
  void withSeriesTheMboxStartsWithTheEarlierPatchesOfTheSeries() {
    JsonNode patch = anonymous.json("/api/1.3/patches/9/");
    JsonNode series = anonymous.json(path(patch.at("/series/0/url").asText()));
    List<Long> earlier = new ArrayList<>();
    for (JsonNode p : series.get("patches")) {
      if (p.get("id").asInt() == 9) {
        break;
      }
      earlier.add(p.get("id").asLong());
    }
    earlier.add(9L);
    String mbox = path(patch.get("mbox").asText());
    assertThat(ids(anonymous.get(mbox + "?series=*").body())).isEqualTo(earlier);
    assertThat(ids(anonymous.get(mbox + "?series=" + series.get("id").asInt()).body())).isEqualTo(earlier);
    assertThat(anonymous.get(mbox + "?series=99999").statusCode()).isEqualTo(404);
    assertThat(anonymous.get(mbox + "?series=x").statusCode()).isEqualTo(404);
  }

  @Test
  void aSeriesMboxHasEveryPatchInOrderAndNoCoverLetter() {
    JsonNode series = anonymous.json("/api/1.3/series/2/");
    List<Long> patches = new ArrayList<>();
    series.get("patches").forEach(p -> patches.add(p.get("id").asLong()));
    HttpResponse<String> r = anonymous.get(path(series.get("mbox").asText()));
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain");
    // one message per patch, none for the cover letter
    assertThat(ids(r.body())).isEqualTo(patches);
  }

  @Test
  void rawDiffsAndLegacyRedirects() {
    JsonNode patch = anonymous.json("/api/1.3/patches/2/");
    String web = path(patch.get("web_url").asText());
    HttpResponse<String> raw = anonymous.get(web + "raw/");
    assertThat(raw.headers().firstValue("Content-Type")).hasValue("text/x-patch");
    assertThat(raw.body()).isEqualTo(patch.get("diff").asText());
    HttpResponse<String> legacy = anonymous.get("/patch/2/mbox/");
    assertThat(legacy.statusCode()).isEqualTo(302);
    assertThat(legacy.headers().firstValue("Location")).hasValue(web + "mbox/");
    assertThat(anonymous.get("/patch/999999/mbox/").statusCode()).isEqualTo(404);
  }

  @Test
  void aMessageIdWithASlashIsPercentEncodedInLinksAndStillFound() {
    io.github.patchwork4j.model.Patch p = fake.givenPatch(Fixtures.patch().msgid("<a/b@example.org>").build());
    String mbox = p.mbox().toString();
    assertThat(mbox).endsWith("/patch/a%2Fb@example.org/mbox/");
    HttpResponse<String> r = anonymous.get(path(mbox));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(ids(r.body())).containsExactly(p.id());
  }

  @Test
  void aCoverMbox() {
    JsonNode cover = anonymous.json("/api/1.3/covers/1/");
    HttpResponse<String> r = anonymous.get(path(cover.get("mbox").asText()));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).endsWith(".mbox");
    assertThat(ids(r.body())).containsExactly(1L);
  }

  @Test
  void aPrivateBundleMboxIsOnlyForItsOwner() {
    JsonNode bundle = Http.as(fake, "maint").json("/api/1.3/bundles/2/");
    assertThat(bundle.get("public").asBoolean()).isFalse();
    String mbox = path(bundle.get("mbox").asText());
    assertThat(anonymous.get(mbox).statusCode()).isEqualTo(404);
    assertThat(Http.as(fake, "other").get(mbox).statusCode()).isEqualTo(404);
    HttpResponse<String> own = Http.as(fake, "maint").get(mbox);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=bundle-2-" + bundle.get("name").asText() + ".mbox");
    List<Long> patches = new ArrayList<>();
    bundle.get("patches").forEach(p -> patches.add(p.get("id").asLong()));
    assertThat(ids(own.body())).containsExactlyInAnyOrderElementsOf(patches);
  }

  /** The server's {@code FilenameMixin.filename}: runs of other characters become one dash, dashes trimmed. */
  private static String filename(String name) {
    return name.replaceAll("[^-_A-Za-z0-9.]+", "-").replaceAll("^-+|-+$", "");
  }

  private static void assertDownload(HttpResponse<String> r, String contentType, String filename) {
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue(contentType);
    assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=" + filename);
  }

  @Test
  void everyDownloadHasTheServersContentTypeAndFileName() {
    JsonNode patch = anonymous.json("/api/1.3/patches/2/");
    String name = filename(patch.get("name").asText());
    assertThat(name).doesNotContain(" ", "/", "[");
    String web = path(patch.get("web_url").asText());
    assertDownload(anonymous.get(web + "mbox/"), "text/plain; charset=utf-8", name + ".patch");
    assertDownload(anonymous.get(web + "raw/"), "text/x-patch", name + ".diff");
    JsonNode cover = anonymous.json("/api/1.3/covers/1/");
    assertDownload(anonymous.get(path(cover.get("mbox").asText())), "text/plain",
        filename(cover.get("name").asText()) + ".mbox");
    JsonNode series = anonymous.json("/api/1.3/series/1/");
    assertDownload(anonymous.get(path(series.get("mbox").asText())), "text/plain",
        filename(series.get("name").asText()) + ".patch");
    JsonNode bundle = anonymous.json("/api/1.3/bundles/1/");
    assertDownload(anonymous.get(path(bundle.get("mbox").asText())), "text/plain",
        "bundle-1-" + bundle.get("name").asText() + ".mbox");
  }

  @Test
  void theSeriesParameterOfAPatchWithoutSeries() {
    io.github.patchwork4j.model.Patch lone = fake.givenPatch(Fixtures.patch().build());
    assertThat(lone.series()).isEmpty();
    String mbox = path(lone.mbox().toString());
    assertThat(anonymous.get(mbox + "?series=*").statusCode()).isEqualTo(404);
    // series_patch_to_mbox reads patch.series.id of a patch without series: AttributeError
    HttpResponse<String> numbered = anonymous.get(mbox + "?series=1");
    assertThat(numbered.statusCode()).isEqualTo(500);
    assertThat(numbered.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(ids(anonymous.get(mbox + "?series=").body())).containsExactly(lone.id());
  }

  @Test
  void legacyLinksByIdRedirectToTheMessageIdPages() {
    String web = path(anonymous.json("/api/1.3/patches/2/").get("web_url").asText());
    for (String suffix : new String[] {"", "mbox/", "raw/"}) {
      HttpResponse<String> r = anonymous.get("/patch/2/" + suffix);
      assertThat(r.statusCode()).isEqualTo(302);
      assertThat(r.headers().firstValue("Location")).hasValue(web + suffix);
    }
    HttpResponse<String> cover = anonymous.get("/cover/1/mbox/");
    assertThat(cover.statusCode()).isEqualTo(302);
    assertThat(cover.headers().firstValue("Location"))
        .hasValue(path(anonymous.json("/api/1.3/covers/1/").get("mbox").asText()));
    assertThat(anonymous.get("/cover/999999/mbox/").statusCode()).isEqualTo(404);
  }

  @Test
  void aPrivateBundleMboxTakesTheOwnersPasswordAndTreatsBadCredentialsAsAnonymous() {
    String mbox = path(Http.as(fake, "maint").json("/api/1.3/bundles/2/").get("mbox").asText());
    String basic = java.util.Base64.getEncoder().encodeToString(
        ("maint:" + fake.passwordFor("maint")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(Http.withHeader(fake, "Basic " + basic).get(mbox).statusCode()).isEqualTo(200);
    // rest_auth() swallows authentication failures: a bad token is just nobody, so not found
    HttpResponse<String> badToken = Http.withHeader(fake, "Token " + "0".repeat(40)).get(mbox);
    assertThat(badToken.statusCode()).isEqualTo(404);
    // the view answers a bare HttpResponseNotFound(): no page
    assertThat(badToken.body()).isEmpty();
    assertThat(Http.as(fake, "other").get(mbox).body()).isEmpty();
    // the bundle's web page knows session logins only, not API tokens
    assertThat(Http.as(fake, "maint").get(mbox.replaceFirst("mbox/$", "")).statusCode()).isEqualTo(404);
    // an unknown bundle is Django's 404 page
    assertThat(anonymous.get("/bundle/maint/no-such-bundle/mbox/").body()).contains("404");
  }
}
