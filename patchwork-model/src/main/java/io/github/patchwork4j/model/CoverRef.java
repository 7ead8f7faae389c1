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
 * A cover letter as embedded in a series ({@code cover_letter}) and in cover events ({@code
 * cover}) (API 1.0+). The full resource is {@link Cover}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoverRef.class)
@JsonDeserialize(as = ImmutableCoverRef.class)
public abstract class CoverRef {

  CoverRef() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutableCoverRef}
   */
  public static ImmutableCoverRef.Builder builder() {
    return ImmutableCoverRef.builder();
  }

  /**
   * The cover letter id (API 1.0).
   *
   * @return the id
   */
  public abstract long id();

  /**
   * The cover letter's API URL (API 1.0).
   *
   * @return e.g. {@code …/api/1.3/covers/1/}
   */
  public abstract URI url();

  /**
   * The cover letter's page in the web UI (API 1.1). Omitted on writing when empty.
   *
   * @return the URL, empty below API 1.1
   */
  @JsonProperty("web_url")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<URI> webUrl();

  /**
   * The mail's Message-ID, with angle brackets (API 1.0).
   *
   * @return the message-id
   */
  public abstract String msgid();

  /**
   * The mail's link in the list archive, from the project's {@code list_archive_url_format}
   * (API 1.2). Written as {@code null} when empty.
   *
   * @return the link, or empty when the project has no archive format ({@code null}) or below
   *     API 1.2
   */
  @JsonProperty("list_archive_url")
  public abstract Optional<String> listArchiveUrl();

  /**
   * The mail's {@code Date:}, converted to UTC, without a zone (API 1.0).
   *
   * @return the naive date-time
   */
  public abstract LocalDateTime date();

  /**
   * The subject without {@code [PATCH]} and the like, other bracket prefixes kept (API 1.0).
   *
   * @return e.g. {@code "[v2,00/16] migration/vfio: …"}
   */
  public abstract String name();

  /**
   * The web URL of the cover letter's mbox (API 1.1). Omitted on writing when empty.
   *
   * @return the URL, empty below API 1.1
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<URI> mbox();
}
