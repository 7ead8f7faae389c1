package io.github.patchwork4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cover letter (the {@code 0/N} mail of a series): {@code GET /api/covers/} (list view) and
 * {@code GET /api/covers/{id}/} (detail view), API 1.0+. Read-only.
 *
 * <p>The list view lacks {@link #headers()} and {@link #content()}; they are then empty, and
 * {@link #isDetail()} is false.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCover.class)
@JsonDeserialize(as = ImmutableCover.class)
public abstract class Cover {

  Cover() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutableCover}
   */
  public static ImmutableCover.Builder builder() {
    return ImmutableCover.builder();
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
   * The cover letter's page in the web UI, {@code /project/{linkname}/cover/{msgid}/} (API
   * 1.1). Omitted on writing when empty.
   *
   * @return the URL, empty below API 1.1
   */
  @JsonProperty("web_url")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<URI> webUrl();

  /**
   * The project the mail was sent to (API 1.0).
   *
   * @return the embedded project
   */
  public abstract ProjectRef project();

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
   * @return e.g. {@code "[v2,0/5] build: drop debugfs entries"}
   */
  public abstract String name();

  /**
   * Who sent the cover letter (API 1.0).
   *
   * @return the embedded person
   */
  public abstract Submitter submitter();

  /**
   * The web URL of the cover letter's mbox (API 1.1). Omitted on writing when empty.
   *
   * @return the URL, empty below API 1.1
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<URI> mbox();

  /**
   * The series the cover letter belongs to, a list of 0 or 1 (API 1.0).
   *
   * @return an unmodifiable list
   */
  public abstract List<SeriesRef> series();

  /**
   * The API URL of the cover letter's comments, unversioned ({@code /api/covers/{id}/comments/})
   * (API 1.1). Omitted on writing when empty.
   *
   * @return the URL, empty below API 1.1
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<URI> comments();

  /**
   * The mail's headers (detail view only, API 1.0).
   *
   * @return the headers, empty in the list view
   */
  @JsonProperty(value = "headers", access = JsonProperty.Access.WRITE_ONLY)
  @Value.Default
  public MailHeaders headers() {
    return MailHeaders.empty();
  }

  /**
   * The mail body (detail view only, API 1.0).
   *
   * @return the text, empty in the list view or when the server sent {@code null}
   */
  @JsonProperty(value = "content", access = JsonProperty.Access.WRITE_ONLY)
  public abstract Optional<String> content();

  /**
   * Whether this cover letter came from (or is meant as) a detail view: it has {@link
   * #headers()} or {@link #content()}.
   *
   * @return true if either is non-empty
   */
  @JsonIgnore
  public boolean isDetail() {
    return !headers().isEmpty() || content().isPresent();
  }

  /** Writes the detail-only keys together, as the detail view does, or none of them. */
  @JsonAnyGetter
  Map<String, Object> detailKeys() {
    if (!isDetail()) {
      return Map.of();
    }
    Map<String, Object> keys = new LinkedHashMap<>();
    keys.put("headers", headers());
    keys.put("content", content().orElse(null));
    return keys;
  }
}
