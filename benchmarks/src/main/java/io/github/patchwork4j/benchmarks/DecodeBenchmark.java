package io.github.patchwork4j.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.json.PatchworkJson;
import io.github.patchwork4j.testkit.FakePatchwork;
import io.github.patchwork4j.testkit.Fixtures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON decoding with {@link PatchworkJson#mapper()}: a full list page of 250 patches (API 1.3 list
 * view, as the bundled fake serves it) and one patch detail with 8 KB of mail headers (a
 * patchwork.ozlabs.org capture shipped in the testkit).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecodeBenchmark {

  /**
   * A page file written by {@link PageSet} (what {@code benchmarks/run} serves); empty: a page of
   * 250 patches from the bundled fake.
   */
  @Param({""})
  public String page;

  private byte[] listPage;
  private final JsonFactory factory = new JsonFactory();
  private final ObjectMapper plain = new ObjectMapper();
  private byte[] detail;
  private ObjectReader patchList;
  private ObjectReader patch;

  /** Fetches the page bytes once from a fake, then stops it. */
  @Setup
  public void setUp() throws IOException, InterruptedException {
    if (!page.isEmpty()) {
      listPage = Files.readAllBytes(Path.of(page));
    } else {
      try (FakePatchwork fake = FakePatchwork.start()) {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> fetched = http.send(HttpRequest.newBuilder(
            URI.create(fake.baseUrl() + "/api/1.3/patches/?per_page=250")).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        listPage = fetched.body();
      }
    }
    detail = Fixtures.capture("000_7151df8b5738894d").body().getBytes(StandardCharsets.UTF_8);
    patchList = PatchworkJson.mapper().readerForListOf(Patch.class);
    patch = PatchworkJson.mapper().readerFor(Patch.class);
    List<Patch> decoded = patchList.readValue(listPage);
    if (decoded.size() != 250) {
      throw new IllegalStateException("expected a page of 250 patches, got " + decoded.size());
    }
  }

  /** bytes → {@code List<Patch>} for a page of 250 patches (list view: no headers, content or diff). */
  @Benchmark
  public List<Patch> listPageOf250Patches() throws IOException {
    return patchList.readValue(listPage);
  }

  /**
   * The floor: Jackson's streaming parser over the same page, every token read and every string
   * value materialised, nothing built.
   */
  @Benchmark
  public long tokenWalkOfTheSamePage() throws IOException {
    long sum = 0;
    try (JsonParser p = factory.createParser(listPage)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        sum += t == JsonToken.VALUE_STRING ? p.getText().length() : t.ordinal();
      }
    }
    return sum;
  }

  /** Jackson's generic tree of the same page. */
  @Benchmark
  public JsonNode readTreeOfTheSamePage() throws IOException {
    return plain.readTree(listPage);
  }

  /** bytes → {@code Patch} for a detail view with 8 KB of headers and its diff. */
  @Benchmark
  public Patch patchDetailWithBigHeaders() throws IOException {
    return patch.readValue(detail);
  }
}
