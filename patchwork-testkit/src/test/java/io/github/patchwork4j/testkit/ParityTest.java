package io.github.patchwork4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Done-when 1 and 2: every recorded exchange of Patchwork 3.2.1 replayed against a fake seeded
 * with the recorded data set gets the same status, content type, {@code Link}/{@code Location}/
 * {@code Allow} headers and JSON body (host aside). The writes are replayed in order on one fresh
 * server, as they were recorded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParityTest {

  /**
   * Deliberate differences, by recording, with the reason. At the listed JSON paths only the
   * kind of value is compared.
   */
  static final Map<String, Replay.Leeway> DELIBERATE = Map.of(
      "writes/009-check-create.json", new Replay.Leeway(
          "the check's date is set by the server's clock: the fake's now, not the recording's",
          List.of("/date")),
      "writes/010-check-create-minimal.json", new Replay.Leeway(
          "the check's date is set by the server's clock", List.of("/date")),
      "writes/012-checks-after.json", new Replay.Leeway(
          "the checks' dates are set by the server's clock", List.of("/*/date")),
      "writes/020-events-after-writes.json", new Replay.Leeway(
          "events of the writes are dated by the server's clock; their embedded checks too",
          List.of("/*/date", "/*/payload/check/date")));

  private FakePatchwork reads;

  @BeforeAll
  void start() {
    reads = FakePatchwork.start();
  }

  @AfterAll
  void stop() {
    reads.close();
  }

  @TestFactory
  Stream<DynamicTest> v13() {
    return replay("v1.3", reads);
  }

  @TestFactory
  Stream<DynamicTest> v12() {
    return replay("v1.2", reads);
  }

  @TestFactory
  Stream<DynamicTest> unversioned() {
    return replay("unversioned", reads);
  }

  @TestFactory
  Stream<DynamicTest> errors() {
    return replay("errors", reads);
  }

  @TestFactory
  Stream<DynamicTest> writesInOrderOnAFreshServer() {
    FakePatchwork fresh = FakePatchwork.start();
    List<Path> files = Replay.files("writes");
    return Stream.concat(
        files.stream().map(f -> test("writes", f, fresh)),
        Stream.of(DynamicTest.dynamicTest("stop", fresh::close)));
  }

  private Stream<DynamicTest> replay(String folder, FakePatchwork fake) {
    return Replay.files(folder).stream().map(f -> test(folder, f, fake));
  }

  private static DynamicTest test(String folder, Path file, FakePatchwork fake) {
    String name = folder + "/" + file.getFileName();
    return DynamicTest.dynamicTest(name, () -> {
      JsonNode exchange = Replay.read(file);
      HttpResponse<String> actual = Replay.send(fake, exchange.get("request"));
      List<String> diffs = Replay.differences(fake, exchange.get("response"), actual,
          Optional.ofNullable(DELIBERATE.get(name)));
      assertThat(diffs).as("%s %s", exchange.at("/request/method").asText(),
          exchange.at("/request/path").asText()).isEmpty();
    });
  }
}
