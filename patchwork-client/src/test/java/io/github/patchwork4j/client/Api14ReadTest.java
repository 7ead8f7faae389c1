package io.github.patchwork4j.client;

import static io.github.patchwork4j.client.testing.Json.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import io.github.patchwork4j.client.testing.RecordingTest;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.Project;
import io.github.patchwork4j.model.Series;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** API 1.4 (upstream main) through a negotiated client: series dependencies, show_dependencies. */
class Api14ReadTest extends RecordingTest {

  @Test
  void negotiates14AndReadsSeriesDependencies() {
    Recording index = server.stub("v1.4-dependencies/index");
    server.stub(index.withPath("/api/1.3/").withBody(index.bodyText().replace("/api/1.4/", "/api/1.3/")));
    JsonNode series2 = server.stub("v1.4-dependencies/series-2").json();
    Recording alpha = server.recording("v1.4-dependencies/series-alpha").withPageSize(250);
    server.stub(alpha);
    try (PatchworkClient pw = builder().build()) {
      assertThat(pw.apiVersion().join()).isEqualTo(ApiVersion.V1_4);
      Series s = pw.series().get(2).join();
      List<Series> list = pw.series().list(SeriesQuery.builder().project("alpha").build()).toList().join();

      List<URI> dependents = new ArrayList<>();
      series2.get("dependents").forEach(n -> dependents.add(URI.create(n.asText())));
      assertThat(s.dependents()).containsExactlyElementsOf(dependents);
      assertThat(s.dependencies()).isEmpty();
      assertThat(list).extracting(Series::id).containsExactlyElementsOf(ids(alpha.json()));
      assertThat(list.get(3).dependencies()).hasSize(alpha.json().get(3).get("dependencies").size());
      assertThat(pw.supports(ApiFeature.SERIES_DEPENDENCIES).join()).isTrue();
    }
  }

  @Test
  void projectsShowTheSwitchOnlyThrough14() {
    Recording v14 = server.recording("v1.4-dependencies/projects").withPageSize(250);
    Recording v13 = server.recording("v1.4-dependencies/projects-through-1-3").withPageSize(250);
    server.stub(v14);
    server.stub(v13);
    try (PatchworkClient pw14 = builder().apiVersion(ApiVersion.V1_4).build();
        PatchworkClient pw13 = builder().apiVersion(ApiVersion.V1_3).build()) {
      List<Project> through14 = pw14.projects().list().toList().join();
      List<Project> through13 = pw13.projects().list().toList().join();

      assertThat(through14).extracting(p -> p.showDependencies().orElse(null))
          .containsExactly(v14.json().get(0).get("show_dependencies").asBoolean(),
              v14.json().get(1).get("show_dependencies").asBoolean());
      assertThat(through13).allSatisfy(p -> assertThat(p.showDependencies()).isEmpty());
    }
  }
}
