package io.github.patchwork4j.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.patchwork4j.client.BlockingPatchworkClient;
import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.model.Check;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.PatchState;
import io.github.patchwork4j.testkit.FakePatchwork;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Done-when 3: twenty tests run concurrently, each with its own server. Each one writes to the
 * same patch and reads it back; on a shared server they would see each other's writes.
 */
@PatchworkTest
@Execution(ExecutionMode.CONCURRENT)
class ParallelServersTest {

  private static final List<PatchState> STATES = PatchState.defaults();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static IntStream twenty() {
    return IntStream.rangeClosed(1, 20);
  }

  @ParameterizedTest(name = "test {0}")
  @MethodSource("twenty")
  void eachTestWritesAndReadsItsOwnServer(int n, FakePatchwork fake, PatchworkClient client,
      BlockingPatchworkClient blocking) throws Exception {
    Patch before = client.patches().get(1).join();
    assertThat(blocking.checks().list(1).stream().toList()).isEmpty();
    PatchState mine = STATES.get(n % STATES.size()).equals(before.state())
        ? STATES.get((n + 1) % STATES.size()) : STATES.get(n % STATES.size());

    send(fake, "PATCH", "/api/1.3/patches/1/", "{\"state\": \"" + mine.slug() + "\"}");
    send(fake, "POST", "/api/1.3/patches/1/checks/", "{\"state\": \"success\", \"context\": \"test-" + n + "\"}");

    assertThat(blocking.patches().get(1).state()).isEqualTo(mine);
    List<Check> checks = client.checks().list(1).toList().join();
    assertThat(checks).extracting(Check::context).containsExactly("test-" + n);
    assertThat(fake.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
        "GET /api/1.3/patches/1/", "GET /api/1.3/patches/1/checks/",
        "PATCH /api/1.3/patches/1/", "POST /api/1.3/patches/1/checks/",
        "GET /api/1.3/patches/1/", "GET /api/1.3/patches/1/checks/");
  }

  private static void send(FakePatchwork fake, String method, String path, String json) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
        .header("Authorization", "Token " + fake.tokenFor("maint"))
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
  }
}
