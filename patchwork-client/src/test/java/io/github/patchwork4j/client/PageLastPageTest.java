package io.github.patchwork4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.patchwork4j.client.testing.DatasetPages;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import io.github.patchwork4j.client.testing.RecordingTest;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.Patch;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** {@link Page#lastPage()}: the server's {@code rel="last"} page number, as each page tells it. */
class PageLastPageTest extends RecordingTest {

  private static final String PATCHES = "/api/1.3/patches/";

  private List<Recording> alphaPages(int perPage, boolean firstAndLast) {
    return DatasetPages.pages(PATCHES, Map.of("project", "alpha"),
        DatasetPages.rehost(DatasetPages.patchesOf("alpha"), server.baseUrl()), perPage, firstAndLast,
        server.baseUrl());
  }

  private PatchworkClient client() {
    return builder().apiVersion(ApiVersion.V1_3).build();
  }

  private static PatchQuery alpha(int pageSize) {
    return PatchQuery.builder().project("alpha").pageSize(pageSize).build();
  }

  @Test
  void everyPageNamesTheLastPageAtItsSize() {
    alphaPages(250, true).forEach(server::stub);
    try (PatchworkClient pw = client()) {
      Page<Patch> first = pw.patches().list(alpha(250)).firstPage().join();
      Page<Patch> second = first.next().join();
      Page<Patch> third = second.next().join();

      assertThat(List.of(first.lastPage(), second.lastPage(), third.lastPage())).containsOnly(OptionalInt.of(3));
      assertThat(third.hasNext()).isFalse();
    }
  }

  @Test
  void atOneItemAPageTheLastPageIsTheItemCount() {
    server.stub(alphaPages(1, true).get(0));
    try (PatchworkClient pw = client()) {
      assertThat(pw.patches().list(alpha(1)).firstPage().join().lastPage()).hasValue(644);
    }
  }

  @Test
  void emptyWhenTheServerNamesNoLastPage() {
    server.stub(alphaPages(250, false).get(0));
    try (PatchworkClient pw = client()) {
      Page<Patch> first = pw.patches().list(alpha(250)).firstPage().join();
      assertThat(first.hasNext()).isTrue();
      assertThat(first.lastPage()).isEmpty();
    }
  }
}
