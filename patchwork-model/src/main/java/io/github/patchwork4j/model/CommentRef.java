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
 * A comment as embedded in the comment events ({@code comment}, API 1.3+). It has no subject,
 * name or mbox. The full resource is {@link Comment}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommentRef.class)
@JsonDeserialize(as = ImmutableCommentRef.class)
public abstract class CommentRef {

  CommentRef() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutableCommentRef}
   */
  public static ImmutableCommentRef.Builder builder() {
    return ImmutableCommentRef.builder();
  }

  /**
   * The comment id (API 1.1).
   *
   * @return the id
   */
  public abstract long id();

  /**
   * The comment's API URL (API 1.3, servers 3.2+; missing on 3.1.x). Omitted on writing when
   * empty.
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
   * @return the link, or empty when the project has no archive format ({@code null})
   */
  @JsonProperty("list_archive_url")
  public abstract Optional<String> listArchiveUrl();

  /**
   * The mail's {@code Date:}, converted to UTC, without a zone (API 1.1).
   *
   * @return the naive date-time
   */
  public abstract LocalDateTime date();
}
