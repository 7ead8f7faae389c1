package io.github.patchwork4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.patchwork4j.client.error.UnsupportedFeatureException;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import io.github.patchwork4j.client.testing.RecordingTest;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.Cover;
import io.github.patchwork4j.model.Patch;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code msgid} filters came with Patchwork 3.0, which offers no newer API version than
 * 2.2.x (1.2): a 2.2.x server ignores them and answers the whole list. The client notices items
 * with another Message-ID instead of handing out a wrong list.
 */
class MsgidFilterTest extends RecordingTest {

  private static String bare(JsonNode item) {
    String m = item.get("msgid").asText();
    return m.substring(1, m.length() - 1);
  }

  /** The recorded list as answered to {@code ?msgid=…}: ignoring the filter, or honouring it. */
  private String serve(String recording, String endpoint, boolean honoured) {
    Recording all = server.recording(recording);
    JsonNode wanted = all.json().get(1);
    String msgid = bare(wanted);
    ArrayNode body = (ArrayNode) all.json().deepCopy();
    if (honoured) {
      body.removeAll();
      body.add(wanted);
    }
    server.stub(all.withPath("/api/1.2/" + endpoint + "/?msgid=" + msgid + "&per_page=250")
        .withBody(body.toString()).withHeader("Link", null));
    return msgid;
  }

  private PatchworkClient client() {
    return builder().apiVersion(ApiVersion.V1_2).build();
  }

  @Test
  void aServerThatIgnoresThePatchesMsgidFilterIsAnError() {
    String msgid = serve("v1.2/patches-default-page", "patches", false);
    try (PatchworkClient pw = client()) {
      assertThatThrownBy(() -> pw.blocking().patches().list(PatchQuery.builder().msgid(msgid).build()).stream().count())
          .isInstanceOfSatisfying(UnsupportedFeatureException.class, e -> {
            assertThat(e.feature()).contains("msgid");
            assertThat(e.getMessage()).contains("ignored").contains("3.0");
          });
      assertThatThrownBy(() -> pw.patches().list(PatchQuery.builder().msgid("<" + msgid + ">").build()).toList().join())
          .hasCauseInstanceOf(UnsupportedFeatureException.class);
    }
  }

  @Test
  void aServerThatHonoursItAnswersThePatch() {
    String msgid = serve("v1.2/patches-default-page", "patches", true);
    try (PatchworkClient pw = client()) {
      List<Patch> found = pw.patches().list(PatchQuery.builder().msgid("<" + msgid + ">").build()).toList().join();
      assertThat(found).extracting(Patch::msgid).containsExactly("<" + msgid + ">");
    }
  }

  @Test
  void coversToo() {
    String ignored = serve("v1.2/covers", "covers", false);
    try (PatchworkClient pw = client()) {
      assertThatThrownBy(() -> pw.blocking().covers().list(CoverQuery.builder().msgid(ignored).build()).iterator().hasNext())
          .isInstanceOf(UnsupportedFeatureException.class);
    }
  }

  @Test
  void coversThatMatchPass() {
    String msgid = serve("v1.2/covers", "covers", true);
    try (PatchworkClient pw = client()) {
      assertThat(pw.blocking().covers().list(CoverQuery.builder().msgid(msgid).build()).stream().map(Cover::msgid))
          .containsExactly("<" + msgid + ">");
    }
  }
}
