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

  private static List<Integer> ids(String mbox) {
    List<Integer> out = new ArrayList<>();
    Matcher m = X_ID.matcher(mbox);
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1)));
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
    assertThat(ids(mbox)).containsExactly(2);
    assertThat(mbox).endsWith(patch.get("diff").asText());
  }

  @Test
  void withSeriesTheMboxStartsWithTheEarlierPatchesOfTheSeries() {
    JsonNode patch = anonymous.json("/api/1.3/patches/9/");
    JsonNode series = anonymous.json(path(patch.at("/series/0/url").asText()));
    List<Integer> earlier = new ArrayList<>();
    for (JsonNode p : series.get("patches")) {
      if (p.get("id").asInt() == 9) {
        break;
      }
      earlier.add(p.get("id").asInt());
    }
    earlier.add(9);
    String mbox = path(patch.get("mbox").asText());
    assertThat(ids(anonymous.get(mbox + "?series=*").body())).isEqualTo(earlier);
    assertThat(ids(anonymous.get(mbox + "?series=" + series.get("id").asInt()).body())).isEqualTo(earlier);
    assertThat(anonymous.get(mbox + "?series=99999").statusCode()).isEqualTo(404);
    assertThat(anonymous.get(mbox + "?series=x").statusCode()).isEqualTo(404);
  }

  @Test
  void aSeriesMboxHasEveryPatchInOrderAndNoCoverLetter() {
    JsonNode series = anonymous.json("/api/1.3/series/2/");
    List<Integer> patches = new ArrayList<>();
    series.get("patches").forEach(p -> patches.add(p.get("id").asInt()));
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
    assertThat(ids(r.body())).containsExactly(1);
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
    List<Integer> patches = new ArrayList<>();
    bundle.get("patches").forEach(p -> patches.add(p.get("id").asInt()));
    assertThat(ids(own.body())).containsExactlyInAnyOrderElementsOf(patches);
  }
}
