package io.github.patchwork4j.testkit.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.patchwork4j.testkit.internal.mail.ParsedMail.Kind;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailParserTest {

  private static ParsedMail parse(String... lines) {
    byte[] raw = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    return MailParser.parse(MailParser.read(raw), "alpha", "alpha@lists.example.org");
  }

  private static final String[] DIFF = {"diff --git a/f.c b/f.c", "--- a/f.c", "+++ b/f.c", "@@ -1,2 +1,2 @@",
    "-old", "+new", " same", "--", "2.47.1", ""};

  private static String[] mail(String subject, String... body) {
    String[] head = {"From: \"Doe, Jane\" <jane@example.org>", "Subject: " + subject,
      "Date: Tue, 4 Mar 2025 09:10:00 +0200", "Message-Id: <m1@example.org>",
      "In-Reply-To: <parent@example.org>", "References: <root@example.org> <parent@example.org>",
      "List-Id: Alpha <alpha.example.org>", ""};
    String[] all = new String[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  @Test
  void aNumberedVersionedPatchKeepsItsPrefixesAndSplitsContentFromDiff() {
    String[] body = new String[DIFF.length + 2];
    body[0] = "The message.";
    body[1] = "---";
    System.arraycopy(DIFF, 0, body, 2, DIFF.length);
    ParsedMail m = parse(mail("[PATCH v2 alpha RFC 3/5] f: change it", body));

    assertThat(m.kind()).isEqualTo(Kind.PATCH);
    assertThat(m.name()).isEqualTo("[v2,RFC,3/5] f: change it");
    assertThat(m.prefixes()).containsExactly("v2", "RFC", "3/5");
    assertThat(m.number()).contains(3);
    assertThat(m.total()).contains(5);
    assertThat(m.version()).isEqualTo(2);
    assertThat(m.content()).isEqualTo("The message.\n---\n--\n2.47.1");
    assertThat(m.diff()).isEqualTo("diff --git a/f.c b/f.c\n--- a/f.c\n+++ b/f.c\n@@ -1,2 +1,2 @@\n-old\n+new\n same\n");
    assertThat(m.sender()).isEqualTo(new ParsedMail.Sender("Doe, Jane", "jane@example.org"));
    assertThat(m.date()).contains(LocalDateTime.of(2025, 3, 4, 7, 10, 0));
    assertThat(m.msgid()).isEqualTo("<m1@example.org>");
    assertThat(m.references()).containsExactly("<parent@example.org>", "<root@example.org>");
  }

  @Test
  void mercurialMarkersAndVersionInTheNameAreRead() {
    ParsedMail m = parse(mail("[PATCH 2 of 4] thing (v3)", "words"));
    assertThat(m.number()).contains(2);
    assertThat(m.total()).contains(4);
    assertThat(m.version()).isEqualTo(3);
  }

  @Test
  void aZeroOfNMailWithoutDiffIsACoverAndAReplyIsAComment() {
    assertThat(parse(mail("[PATCH 0/2] the cover", "About it.")).kind()).isEqualTo(Kind.COVER);
    ParsedMail reply = parse(mail("Re: [PATCH 0/2] the cover", "Acked-by: X <x@example.org>",
        "", "-- ", "signature"));
    assertThat(reply.kind()).isEqualTo(Kind.COMMENT);
    assertThat(reply.content()).isEqualTo("Acked-by: X <x@example.org>");
    assertThat(reply.storedSubject()).isEqualTo("Re: [PATCH 0/2] the cover");
  }

  @Test
  void aRequestPullMailIsAPullRequestWithItsUrl() {
    ParsedMail m = parse(mail("[GIT PULL] fixes", "The following changes since commit abc:", "",
        "are available in the Git repository at:", "", "  https://git.example.org/a.git tags/fixes", "",
        "for you to fetch changes up to def:"));
    assertThat(m.kind()).isEqualTo(Kind.PULL_REQUEST);
    assertThat(m.pullUrl()).isEqualTo("https://git.example.org/a.git tags/fixes");
    assertThat(m.diff()).isNull();
  }

  @Test
  void aMailWithNeitherTextNorDiffIsDropped() {
    assertThat(parse(mail("[PATCH] empty", "", "-- ", "only a signature")).kind()).isEqualTo(Kind.DROPPED);
  }

  @Test
  void encodedNamesAreDecodedAndKeptEncodedInTheHeaders() {
    ParsedMail m = parse("From: =?UTF-8?Q?J=C3=B6rg_M=C3=BCller?= <joerg@example.net>",
        "Subject: =?utf-8?q?=5BPATCH=5D_caf=C3=A9?=", "Message-Id: <e@x>", "List-Id: alpha.example.org",
        "Content-Type: text/plain; charset=iso-8859-1", "Content-Transfer-Encoding: quoted-printable", "",
        "caf=E9 =", "au lait", "---", "diff --git a/a b/a", "--- a/a", "+++ b/a", "@@ -1 +1 @@", "-x", "+y", "");
    assertThat(m.sender().name()).isEqualTo("Jörg Müller");
    assertThat(m.name()).isEqualTo("café");
    assertThat(m.content()).startsWith("café au lait");
    assertThat(m.headerMap().get("From")).isEqualTo("=?utf-8?b?SsO2cmcgTcO8bGxlcg==?= <joerg@example.net>");
    assertThat(m.headerMap().get("Subject")).as("B is shorter here").isEqualTo("=?utf-8?b?W1BBVENIXSBjYWbDqQ==?=");
  }

  @Test
  void longHeadersAreFoldedAt78ColumnsAsTheServerStoresThem() {
    String subject = "[PATCH] alpha: a very long subject line that goes on and on well past the width at which"
        + " mail headers fold";
    assertThat(HeaderText.stored("Subject", subject)).isEqualTo("[PATCH] alpha: a very long subject line that"
        + " goes on and on well past\n the width at which mail headers fold");
    String refs = "<a" + "b".repeat(70) + "@x> <c" + "d".repeat(70) + "@y>";
    assertThat(HeaderText.stored("References", refs))
        .isEqualTo("\n <a" + "b".repeat(70) + "@x>\n <c" + "d".repeat(70) + "@y>");
  }

  @Test
  void listIdsComeFromTheListHeadersInOrder() {
    MailParser.Message m = MailParser.read(String.join("\n", "List-Id: Alpha list <alpha.example.org>",
        "X-Mailing-List: beta.example.org", "", "").getBytes(StandardCharsets.UTF_8));
    assertThat(m.listIds()).containsExactly("alpha.example.org", "beta.example.org");
  }

  @Test
  void datesInOtherZonesAreStoredInUtcAndUnreadableOnesAreEmpty() {
    assertThat(MailParser.date("Mon, 1 Jan 2024 00:30:00 -0100")).contains(LocalDateTime.of(2024, 1, 1, 1, 30));
    assertThat(MailParser.date("5 Feb 24 10:00 GMT")).contains(LocalDateTime.of(2024, 2, 5, 10, 0));
    assertThat(MailParser.date("yesterday")).isEqualTo(Optional.empty());
  }

  @Test
  void anAttachedDiffIsTheDiffAndTheTextPartTheContent() {
    ParsedMail m = parse("From: a@example.org", "Subject: [PATCH] x", "Message-Id: <a@x>",
        "Content-Type: multipart/mixed; boundary=\"B\"", "", "preamble", "--B",
        "Content-Type: text/plain", "", "See attached.", "--B",
        "Content-Type: text/x-patch", "Content-Transfer-Encoding: base64", "",
        "ZGlmZiAtLWdpdCBhL2EgYi9hCg==", "--B--", "");
    assertThat(m.content()).isEqualTo("See attached.");
    assertThat(m.diff()).isEqualTo("diff --git a/a b/a\n");
    assertThat(m.sender()).isEqualTo(new ParsedMail.Sender(null, "a@example.org"));
  }

  @Test
  void anMboxSplitsIntoItsMessagesWithQuotedFromLinesRestored() {
    byte[] mbox = String.join("\n", "From a@x Mon Jan  1 00:00:00 2024", "Subject: one", "", ">From here", "",
        "From b@x Mon Jan  1 00:00:00 2024", "Subject: two", "", "body", "").getBytes(StandardCharsets.UTF_8);
    List<byte[]> messages = Mbox.split(mbox);
    assertThat(messages).hasSize(2);
    assertThat(new String(messages.get(0), StandardCharsets.UTF_8)).isEqualTo("Subject: one\n\nFrom here\n");
    assertThat(new String(messages.get(1), StandardCharsets.UTF_8)).isEqualTo("Subject: two\n\nbody\n");
    assertThat(Mbox.split("Subject: x\n\ny\n".getBytes(StandardCharsets.UTF_8))).hasSize(1);
  }
}
