package io.github.patchwork4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Done-when 6: a recorder pointed at a fake writes a data set and exchanges that a second fake,
 * seeded with that data set, serves identically.
 */
class RecorderTest {

  private static final List<String> ROLES = List.of("maint", "maint2", "admin", "sub", "other");

  @Test
  void aRecordedFakeIsServedIdenticallyByASecondFake(@TempDir Path dir) throws IOException {
    List<RecordedExchange> shipped = new ArrayList<>();
    for (String folder : new String[] {"v1.3", "v1.2", "unversioned", "errors"}) {
      shipped.addAll(Fixtures.exchanges(folder));
    }
    List<String> secrets = new ArrayList<>();
    try (FakePatchwork first = FakePatchwork.start()) {
      // change the first server so that the recording has to carry its state
      Http maint = Http.as(first, "maint");
      maint.send("PATCH", "/api/1.3/patches/3/", "{\"state\": \"accepted\", \"delegate\": 2}");
      maint.send("POST", "/api/1.3/patches/3/checks/", "{\"state\": \"fail\", \"context\": \"ci\"}");
      maint.send("POST", "/api/1.3/bundles/", "{\"name\": \"recorded\", \"patches\": [3, 4]}");
      maint.send("PATCH", "/api/1.3/users/2/", "{\"first_name\": \"Mai\", \"settings\": {\"items_per_page\": 5}}");
      maint.send("PATCH", "/api/1.3/patches/623/comments/60/", "{\"addressed\": true}");

      Recorder.Builder builder = Recorder.builder().baseUrl(first.baseUrl()).into(dir);
      for (String role : ROLES) {
        builder.token(role, first.tokenFor(role));
        secrets.add(first.tokenFor(role));
      }
      builder.token("bad-token", Replay.BAD_TOKEN);
      Recorder recorder = builder.build();
      assertThat(recorder.toString()).doesNotContain(secrets);
      recorder.recordDataset("dataset");
      for (RecordedExchange e : shipped) {
        recorder.record("exchanges/" + e.name(), e.method(), e.path(), e.role(), e.requestBody().orElse(null));
      }
      secrets.add(first.baseUrl().toString());
    }

    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path f : files) {
      assertThat(Files.readString(f)).as(f.toString()).doesNotContain(secrets);
    }

    try (FakePatchwork second = FakePatchwork.builder().dataset(dir.resolve("dataset")).start()) {
      List<String> differences = new ArrayList<>();
      for (Path f : files) {
        if (!f.startsWith(dir.resolve("exchanges"))) {
          continue;
        }
        JsonNode exchange = Replay.read(f);
        HttpResponse<String> actual = Replay.send(second, exchange.get("request"));
        for (String d : Replay.differences(second, exchange.get("response"), actual, Optional.empty())) {
          differences.add(dir.relativize(f) + ": " + d);
        }
      }
      assertThat(differences).isEmpty();
      assertThat(files.stream().filter(f -> f.startsWith(dir.resolve("exchanges")))).hasSize(shipped.size());
      // the state of the first server came along
      JsonNode patch = Http.anonymous(second).json("/api/1.3/patches/3/");
      assertThat(patch.get("state").asText()).isEqualTo("accepted");
      assertThat(patch.get("check").asText()).isEqualTo("fail");
      assertThat(Http.as(second, "maint").json("/api/1.3/users/2/").at("/settings/items_per_page").asInt())
          .isEqualTo(5);
    }
  }

  @Test
  void recordedFilesHaveTheServersAnswerWithoutCredentialsOrVolatileHeaders(@TempDir Path dir) throws IOException {
    try (FakePatchwork fake = FakePatchwork.start()) {
      Recorder recorder = Recorder.builder().baseUrl(fake.baseUrl() + "/").token("maint", fake.tokenFor("maint"))
          .into(dir).build();
      RecordedExchange e = recorder.record("v1.3/people", "GET", "/api/1.3/people/?per_page=2", "maint");
      assertThat(e.status()).isEqualTo(200);
      assertThat(e.headers()).containsOnlyKeys("Content-Type", "Link", "Allow");
      assertThat(e.header("Link").orElseThrow()).startsWith("<http://patchwork.example/api/1.3/people/?page=2");
      RecordedExchange read = Fixtures.exchange(dir.resolve("v1.3/people.json"));
      assertThat(read.body()).isEqualTo(e.body());
      assertThat(read.role()).isEqualTo("maint");
      assertThat(Files.readString(dir.resolve("v1.3/people.json"))).doesNotContain(fake.tokenFor("maint"));
      assertThatThrownBy(() -> recorder.record("x", "GET", "/api/", "admin"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maint");
    }
  }
}
