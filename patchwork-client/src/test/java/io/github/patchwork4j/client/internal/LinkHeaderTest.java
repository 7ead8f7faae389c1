package io.github.patchwork4j.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.patchwork4j.client.testing.RecordedServer;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {

  @Test
  void readsTheRecordedHeaderByRelNotByPosition() {
    RecordedServer.Recording page2 = RecordedServer.Recording.asRecorded("v1.3/patches-alpha-page-2");
    LinkHeader links = LinkHeader.parse(List.of(page2.headers().get("Link")));

    assertThat(links.target("next")).contains("http://patchwork.example/api/1.3/patches/?page=3&per_page=50&project=alpha");
    assertThat(links.target("prev")).contains("http://patchwork.example/api/1.3/patches/?per_page=50&project=alpha");
    assertThat(links.target("first")).contains("http://patchwork.example/api/1.3/patches/?page=1&per_page=50&project=alpha");
    assertThat(links.target("last")).contains("http://patchwork.example/api/1.3/patches/?page=13&per_page=50&project=alpha");
    assertThat(links.links()).hasSize(4);
  }

  @Test
  void theLastPageHasNoNext() {
    LinkHeader links = LinkHeader.parse(List.of(RecordedServer.Recording.asRecorded("v1.3/patches-last-page").headers().get("Link")));
    assertThat(links.target("next")).isEmpty();
    assertThat(links.target("prev")).isPresent();
  }

  @Test
  void handlesCommasAndSemicolonsInsideTargetsAndQuotedValues() {
    LinkHeader links = LinkHeader.parse(List.of(
        "<https://h/api/patches/?project=a,b;c>; title=\"x, y; rel=next\"; rel=\"prev\", "
            + "<https://h/api/patches/?page=2>; REL=\"NEXT last\""));

    assertThat(links.target("prev")).contains("https://h/api/patches/?project=a,b;c");
    assertThat(links.target("next")).contains("https://h/api/patches/?page=2");
    assertThat(links.target("last")).contains("https://h/api/patches/?page=2");
  }

  @Test
  void readsSeveralHeaderLinesAndUnquotedRels() {
    LinkHeader links = LinkHeader.parse(List.of("<a>; rel=first", "<b>;rel=next"));
    assertThat(links.target("first")).contains("a");
    assertThat(links.target("next")).contains("b");
  }

  @Test
  void rejectsMalformedHeaders() {
    assertThatThrownBy(() -> LinkHeader.parse(List.of("https://h/?page=2; rel=\"next\"")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LinkHeader.parse(List.of("<https://h/?page=2; rel=\"next\"")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LinkHeader.parse(List.of("<a>; rel=\"next")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
