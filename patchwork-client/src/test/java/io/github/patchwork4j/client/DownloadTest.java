package io.github.patchwork4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.patchwork4j.client.error.DecodingException;
import io.github.patchwork4j.client.error.NotFoundException;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import io.github.patchwork4j.client.testing.RecordingTest;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.Bundle;
import io.github.patchwork4j.model.Cover;
import io.github.patchwork4j.model.Patch;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Web downloads (reference §10). No mbox was recorded, so the downloads are stubbed the way
 * Patchwork 3.2 serves them, with paths, names and diffs taken from the recordings and the
 * data set.
 */
class DownloadTest extends RecordingTest {

  private JsonNode patch1;
  private String mboxPath;
  private String mboxText;

  private PatchworkClient client() {
    return builder().apiVersion(ApiVersion.V1_3).build();
  }

  /** The legacy redirect and the mbox of patch 1, as the server answers them. */
  private void servePatch1() {
    patch1 = server.recording("v1.3/patch-1").json();
    mboxPath = URI.create(patch1.get("mbox").asText()).getRawPath();
    JsonNode h = patch1.get("headers");
    mboxText = "From patchwork Mon Jan 08 09:39:00 2024\n"
        + "From: " + h.get("From").asText() + "\nSubject: " + h.get("Subject").asText()
        + "\nX-Patchwork-Id: " + patch1.get("id").asInt() + "\n\n" + patch1.get("content").asText()
        + "\n---\n" + patch1.get("diff").asText();
    server.stub(new Recording("stub", "GET", "/patch/1/mbox/", "anonymous", 302,
        Map.of("Content-Type", "text/html; charset=utf-8", "Location", mboxPath), ""));
    Map<String, String> mboxHeaders = Map.of("Content-Type", "text/plain; charset=utf-8",
        "Content-Disposition", "attachment; filename=1-6-mm-part-1.patch");
    server.stub(new Recording("stub", "GET", mboxPath, "anonymous", 200, mboxHeaders, mboxText));
    server.stub(new Recording("stub", "GET", mboxPath + "?series=*", "anonymous", 200, mboxHeaders, mboxText));
    server.stub(new Recording("stub", "GET", mboxPath + "?series=1", "anonymous", 200, mboxHeaders, mboxText));
  }

  @Test
  void downloadsAPatchMboxByIdThroughTheLegacyRedirect() {
    servePatch1();
    try (PatchworkClient pw = client()) {
      Download d = pw.downloads().patchMbox(1).join();

      assertThat(d.text()).isEqualTo(mboxText).contains(patch1.get("diff").asText());
      assertThat(d.filename()).contains("1-6-mm-part-1.patch");
      assertThat(d.uri().getRawPath()).isEqualTo(mboxPath);
      assertThat(server.requestUrls()).containsExactly("/patch/1/mbox/", mboxPath);
      assertThat(server.requests()).allSatisfy(r -> assertThat(r.getHeader("Accept")).isEqualTo("*/*"));
    }
  }

  @Test
  void streamsAnMboxToAFileAndToAStreamWithoutReadingItFirst(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    servePatch1();
    try (PatchworkClient pw = client()) {
      java.nio.file.Path file = dir.resolve("p.mbox");
      Download toFile = pw.downloads().patchMbox(1).join();
      assertThat(toFile.toString()).contains("not read");
      assertThat(toFile.writeTo(file)).isEqualTo(mboxText.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
      assertThat(java.nio.file.Files.readString(file)).isEqualTo(mboxText);
      assertThatThrownBy(() -> toFile.writeTo(file)).isInstanceOf(IllegalStateException.class);

      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      pw.downloads().patchMbox(1).join().writeTo(out);
      assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(mboxText);
      try (Download unread = pw.downloads().patchMbox(1).join()) {
        assertThat(unread.filename()).contains("1-6-mm-part-1.patch");
      }
    }
  }

  @Test
  void keepsTheSeriesParameterAcrossTheRedirect() {
    servePatch1();
    try (PatchworkClient pw = client()) {
      pw.downloads().patchMboxWithDependencies(1).join();
      pw.downloads().patchMboxWithDependencies(1, 1).join();

      assertThat(server.requestUrls())
          .containsExactly("/patch/1/mbox/", mboxPath + "?series=*", "/patch/1/mbox/", mboxPath + "?series=1");
    }
  }

  @Test
  void downloadsTheRawDiffNextToAPatchsMboxLink() {
    server.stub("v1.3/patch-1");
    JsonNode json = server.recording("v1.3/patch-1").json();
    String raw = URI.create(json.get("mbox").asText()).getRawPath().replace("/mbox/", "/raw/");
    server.stub(new Recording("stub", "GET", raw, "anonymous", 200,
        Map.of("Content-Type", "text/x-patch", "Content-Disposition", "attachment; filename=1-6-mm-part-1.diff"),
        json.get("diff").asText()));
    try (PatchworkClient pw = client()) {
      Patch p = pw.patches().get(1).join();
      Download diff = pw.downloads().patchDiff(p).join();

      assertThat(diff.text()).isEqualTo(p.diff().orElseThrow());
      assertThat(diff.contentType()).isEqualTo("text/x-patch");
      assertThat(diff.filename()).contains("1-6-mm-part-1.diff");
    }
  }

  @Test
  void downloadsSeriesCoverAndPrivateBundleMboxes() {
    server.stub("v1.3/cover-1");
    Recording bundle = server.stub("v1.3/bundle-2");
    String coverMbox = URI.create(server.recording("v1.3/cover-1").json().get("mbox").asText()).getRawPath();
    String bundleMbox = URI.create(bundle.json().get("mbox").asText()).getRawPath();
    server.stub(new Recording("stub", "GET", "/series/1/mbox/", "anonymous", 200,
        Map.of("Content-Type", "text/plain; charset=utf-8"), "From patchwork series\n"));
    server.stub(new Recording("stub", "GET", coverMbox, "anonymous", 200,
        Map.of("Content-Type", "text/plain; charset=utf-8"), "From patchwork cover\n"));
    server.stub(new Recording("stub", "GET", bundleMbox, "maint", 200,
        Map.of("Content-Type", "text/plain; charset=utf-8",
            "Content-Disposition", "attachment; filename=bundle-2-maint-todo.mbox"), "From patchwork bundle\n"));
    try (PatchworkClient anonymous = client();
        PatchworkClient owner = builder().apiVersion(ApiVersion.V1_3).token("owner-token").build()) {
      Cover cover = anonymous.covers().get(1).join();

      assertThat(anonymous.downloads().seriesMbox(1).join().text()).isEqualTo("From patchwork series\n");
      assertThat(anonymous.downloads().coverMbox(cover).join().text()).isEqualTo("From patchwork cover\n");
      Download b = owner.downloads().bundleMbox(2).join();
      assertThat(b.text()).isEqualTo("From patchwork bundle\n");
      assertThat(b.filename()).contains("bundle-2-maint-todo.mbox");
      assertThat(owner.blocking().downloads().bundleMbox(owner.blocking().bundles().get(2)).size()).isEqualTo(b.size());
    }
  }

  @Test
  void anHtmlPageInsteadOfTheMboxIsADecodingException() {
    // A login wall or bot check in front of the web side answers 200 with a page: written to a
    // .patch file it would only fail later, in git am.
    Recording html = server.recording("errors/non-integer-id");
    server.stub(new Recording("stub", "GET", "/series/1/mbox/", "anonymous", 200, html.headers(), html.bodyText()));
    try (PatchworkClient pw = client()) {
      assertThatThrownBy(() -> pw.blocking().downloads().seriesMbox(1))
          .isInstanceOfSatisfying(DecodingException.class, e -> {
            assertThat(e.statusCode()).hasValue(200);
            assertThat(e.getMessage()).contains("text/html").contains("mbox");
          });
    }
  }

  @Test
  void anUnknownIdIsANotFoundException() {
    Recording html = server.recording("errors/non-integer-id");
    server.stub(new Recording("stub", "GET", "/patch/999999/mbox/", "anonymous", 404, html.headers(), html.bodyText()));
    try (PatchworkClient pw = client()) {
      assertThatThrownBy(() -> pw.blocking().downloads().patchMbox(999999)).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void redirectsAreFollowedOnTheBaseOnly() {
    servePatch1();
    server.stub(new Recording("stub", "GET", "/patch/2/mbox/", "maint", 302,
        Map.of("Location", "http://proxy.internal:8000" + mboxPath), ""));
    server.stub(new Recording("stub", "GET", mboxPath, "maint", 200,
        Map.of("Content-Type", "text/plain; charset=utf-8"), "From patchwork\n"));
    try (PatchworkClient pw = builder().apiVersion(ApiVersion.V1_3).token("tok-123").build();
        PatchworkClient sub = PatchworkClient.builder().baseUrl(server.baseUrl() + "/patch/").build()) {
      assertThat(pw.downloads().patchMbox(2).join().text()).isEqualTo("From patchwork\n");
      assertThat(server.requests()).allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Token tok-123"));

      assertThatThrownBy(() -> sub.blocking().downloads().bundleMbox(bundleOutside()))
          .isInstanceOf(DecodingException.class)
          .hasMessageContaining("outside the configured base URL");
    }
  }

  private Bundle bundleOutside() {
    Recording b = server.recording("v1.3/bundle-1");
    try {
      return io.github.patchwork4j.model.json.PatchworkJson.mapper().readValue(b.bodyText(), Bundle.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
