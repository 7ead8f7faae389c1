package io.github.patchwork4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The mail corpus of {@code recordings/mail/} delivered in order to a fake with the default data
 * set (as the real server had) gives the answers Patchwork 3.2.1 gave after the same mails went
 * through its {@code parsemail}: patches, covers, comments, series, checks, people and events
 * through API 1.0 to 1.3, and the mbox downloads, compared as JSON trees (mbox as text).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailParityTest {

  /** Differences that remain, by recording, with the reason. */
  static final Map<String, Replay.Leeway> DELIBERATE = deliberate();

  private static Map<String, Replay.Leeway> deliberate() {
    Map<String, Replay.Leeway> out = new java.util.HashMap<>();
    for (String v : List.of("1-0", "1-1", "1-2", "1-3")) {
      for (String f : Replay.files("mail/api").stream().map(p -> p.getFileName().toString())
          .filter(n -> n.contains("-v" + v + "-events-")).collect(Collectors.toList())) {
        out.put(f, new Replay.Leeway("an event is dated by the server's clock at receipt: the fake's now, not the"
            + " recording's", List.of("/*/date")));
      }
    }
    return out;
  }

  private FakePatchwork fake;
  private int stored;

  @BeforeAll
  void deliverTheCorpus() throws Exception {
    fake = FakePatchwork.start();
    Path dir = Replay.files("mail/api").get(0).getParent().getParent();
    List<Path> mails;
    try (Stream<Path> s = Files.list(dir)) {
      mails = s.filter(p -> p.toString().endsWith(".eml")).sorted().collect(Collectors.toList());
    }
    for (Path mail : mails) {
      stored += fake.deliver(mail);
    }
  }

  @AfterAll
  void stop() {
    fake.close();
  }

  @TestFactory
  Stream<DynamicTest> answersAfterTheMails() {
    return Replay.files("mail/api").stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
        () -> {
          JsonNode exchange = Replay.read(file);
          HttpResponse<String> actual = Replay.send(fake, exchange.get("request"));
          List<String> diffs = new ArrayList<>(Replay.differences(fake, exchange.get("response"), actual,
              Optional.ofNullable(DELIBERATE.get(file.getFileName().toString()))));
          JsonNode text = exchange.at("/response/bodyText");
          if (!text.isMissingNode() && diffs.isEmpty() && !exchange.at("/request/path").asText().startsWith("/api/")) {
            String got = actual.body().replace(fake.baseUrl().toString(), Replay.RECORDED_HOST);
            if (!got.equals(text.asText())) {
              diffs.add("text differs:\n--- got\n" + got + "\n--- want\n" + text.asText());
            }
          }
          assertThat(diffs).as("%s", exchange.at("/request/path").asText()).isEmpty();
        }));
  }
}
