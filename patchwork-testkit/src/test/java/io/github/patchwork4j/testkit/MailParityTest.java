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

  /** The corpus has 32 mails; the server drops four: an unknown list, a reply to nothing known,
   * a numbered mail with neither diff nor cover marker, a message id already stored. */
  private static final int STORED = 28;

  private FakePatchwork fake;
  private int stored;
  private List<Path> mails;

  @BeforeAll
  void deliverTheCorpus() throws Exception {
    fake = FakePatchwork.start();
    Path dir = Replay.files("mail/api").get(0).getParent().getParent();
    try (Stream<Path> s = Files.list(dir)) {
      mails = s.filter(p -> p.toString().endsWith(".eml")).sorted().collect(Collectors.toList());
    }
    for (Path mail : mails) {
      stored += fake.deliver(mail);
    }
  }

  @org.junit.jupiter.api.Test
  void theCorpusAsOneMboxIsDeliveredInOrderLikeSingleMails(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    assertThat(stored).isEqualTo(STORED);
    StringBuilder mbox = new StringBuilder();
    for (Path mail : mails) {
      String text = Files.readString(mail, java.nio.charset.StandardCharsets.ISO_8859_1);
      mbox.append("From mailer@example.org Tue Mar  4 08:00:00 2025\n")
          .append(text.replaceAll("(?m)^From ", ">From ")).append(text.endsWith("\n") ? "\n" : "\n\n");
    }
    Path file = dir.resolve("corpus.mbox");
    Files.writeString(file, mbox, java.nio.charset.StandardCharsets.ISO_8859_1);
    try (FakePatchwork other = FakePatchwork.start()) {
      assertThat(other.deliver(file)).isEqualTo(STORED);
      for (String path : List.of("/api/1.3/patches/?order=-id&per_page=30", "/api/1.3/series/?order=-id&per_page=20",
          "/api/1.3/patches/654/comments/", "/api/1.3/covers/81/comments/")) {
        HttpResponse<String> a = Replay.send(fake, request(path));
        HttpResponse<String> b = Replay.send(other, request(path));
        assertThat(Replay.MAPPER.readTree(b.body().replace(other.baseUrl().toString(), "")))
            .as(path).isEqualTo(Replay.MAPPER.readTree(a.body().replace(fake.baseUrl().toString(), "")));
      }
    }
  }

  private static JsonNode request(String path) {
    return Replay.object().put("method", "GET").put("path", path);
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
