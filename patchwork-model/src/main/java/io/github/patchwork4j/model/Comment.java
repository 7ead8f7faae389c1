package io.github.patchwork4j.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reply to a patch or cover letter: {@code GET /api/patches/{id}/comments/} and {@code
 * /covers/{id}/comments/} (API 1.1+), and the detail {@code …/comments/{comment_id}/} (API 1.3+).
 * Lists return the full shape. Only {@code addressed} is writable (API 1.3, {@code PATCH}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComment.class)
@JsonDeserialize(as = ImmutableComment.class)
public abstract class Comment {

  Comment() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutableComment}
   */
  public static ImmutableComment.Builder builder() {
    return ImmutableComment.builder();
  }

  /**
   * The comment id (API 1.1).
   *
   * @return the id
   */
  public abstract long id();

  /**
   * The comment's API URL, {@code …/patches/{pid}/comments/{cid}/} or {@code …/covers/…} (API
   * 1.3, servers 3.2+; missing on 3.1.x). Omitted on writing when empty.
   *
   * @return the URL, or empty
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<URI> url();

  /**
   * The comment's web URL, {@code /comment/{id}/}, which redirects to the comment's anchor on
   * the patch or cover page (API 1.1).
   *
   * @return the URL
   */
  @JsonProperty("web_url")
  public abstract URI webUrl();

  /**
   * The mail's Message-ID, with angle brackets (API 1.1).
   *
   * @return the message-id
   */
  public abstract String msgid();

  /**
   * The mail's link in the list archive (API 1.2). Written as {@code null} when empty.
   *
   * @return the link, or empty when the project has no archive format ({@code null}) or below
   *     API 1.2
   */
  @JsonProperty("list_archive_url")
  public abstract Optional<String> listArchiveUrl();

  /**
   * The mail's {@code Date:}, converted to UTC, without a zone (API 1.1).
   *
   * @return the naive date-time
   */
  public abstract LocalDateTime date();

  /**
   * The mail's {@code Subject:} header as sent (API 1.1).
   *
   * @return the subject, {@code ""} when the mail had none
   */
  public abstract String subject();

  /**
   * Who sent the comment (API 1.1).
   *
   * @return the embedded person
   */
  public abstract Submitter submitter();

  /**
   * The mail body (API 1.1). Written as {@code null} when empty.
   *
   * @return the text, or empty ({@code null})
   */
  public abstract Optional<String> content();

  /**
   * The mail's headers (API 1.1).
   *
   * @return the headers
   */
  @Value.Default
  public MailHeaders headers() {
    return MailHeaders.empty();
  }

  /**
   * Whether the comment has been addressed, writable (API 1.3). Written as {@code null} when
   * empty.
   *
   * @return the flag, or empty when unset ({@code null}) or below API 1.3
   */
  public abstract Optional<Boolean> addressed();
}
