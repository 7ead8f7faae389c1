package io.github.patchwork4j.testkit.internal.mail;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one mail says, read the way Patchwork 3.2.1's parser reads it, before anything is looked
 * up: the kind of submission, its names and series markers, the split of content and diff, the
 * sender, the thread references and the headers as the server keeps them.
 *
 * @param kind what the mail is, as far as the mail alone tells
 * @param dropReason why the mail is dropped ({@link Kind#DROPPED} only), else null
 * @param msgid the {@code Message-Id}, with its angle brackets
 * @param references {@code In-Reply-To} first, then {@code References} from the closest ancestor
 * @param subject the stored name and prefixes
 * @param number the patch number from an {@code x/n} marker, if any
 * @param total the series length from an {@code x/n} marker, if any
 * @param version the series version (1 unless a {@code vN} prefix says otherwise)
 * @param date the {@code Date:} in UTC as the server stores it; empty when missing or unreadable
 *     (the server then uses the time of receipt)
 * @param sender the submitter's name (null when the mail gives none) and address
 * @param content the text (signature and list footer removed), possibly empty
 * @param diff the diff, or null
 * @param pullUrl the repository of a {@code git request-pull} mail, or null
 * @param headers the headers as the server keeps them, in order ({@code Name: value} each)
 * @param headerMap the headers as the API shows them: one value or, when repeated, a list
 * @param state the {@code X-Patchwork-State} name, or null
 * @param delegateEmail the {@code X-Patchwork-Delegate} address, or null
 * @param actionRequired whether {@code X-Patchwork-Action-Required} is present
 */
public record ParsedMail(Kind kind, String dropReason, String msgid, List<String> references,
    Subject subject, Optional<Integer> number, Optional<Integer> total, int version,
    Optional<LocalDateTime> date, Sender sender, String content, String diff, String pullUrl,
    List<String> headers, Map<String, Object> headerMap, String state, String delegateEmail,
    boolean actionRequired) {

  /** The kinds of mail the server tells apart. */
  public enum Kind {
    /** A mail with a diff, not a reply. */
    PATCH,
    /** A {@code git request-pull} mail without a diff, not a reply. */
    PULL_REQUEST,
    /** An {@code x/n} mail with {@code x} = 0 and no diff: a cover letter unless one of that name exists. */
    COVER,
    /** Anything else: stored as a comment if it answers a known patch or cover. */
    COMMENT,
    /** A mail the server ignores. */
    DROPPED
  }

  /**
   * The submitter as the mail names them.
   *
   * @param name the display name, or null
   * @param email the address
   */
  public record Sender(String name, String email) {
  }

  /** The stored name ({@code [prefixes] rest}). */
  public String name() {
    return subject.name();
  }

  /** The kept subject prefixes. */
  public List<String> prefixes() {
    return subject.prefixes();
  }

  /** The first {@code Subject} header as the server keeps it (a comment's {@code subject}). */
  public String storedSubject() {
    Object s = headerMap.get("Subject");
    return s == null ? "" : s instanceof List<?> l ? String.valueOf(l.get(0)) : s.toString();
  }
}
