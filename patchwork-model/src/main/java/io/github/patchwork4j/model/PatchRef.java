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
 * A patch as embedded in series ({@code patches}), bundles ({@code patches}), a patch's {@code
 * related} and events ({@code patch}) (API 1.0+). The full resource is {@link Patch}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePatchRef.class)
@JsonDeserialize(as = ImmutablePatchRef.class)
public abstract class PatchRef {

  PatchRef() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutablePatchRef}
   */
  public static ImmutablePatchRef.Builder builder() {
    return ImmutablePatchRef.builder();
  }

  /**
   * The patch id (API 1.0).
   *
   * @return the id
   */
  public abstract long id();

  /**
   * The patch's API URL (API 1.0).
   *
   * @return e.g. {@code …/api/1.3/patches/1/}
   */
  public abstract URI url();

  /**
   * The patch's page in the web UI (API 1.1). Omitted on writing when empty.
   *
   * @return the URL, empty below API 1.1
   */
  @JsonProperty("web_url")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<URI> webUrl();

  /**
   * The mail's Message-ID, with angle brackets (API 1.0).
   *
   * @return e.g. {@code "<20260421202110.306051-4-peterx@redhat.com>"}
   */
  public abstract String msgid();

  /**
   * The mail's link in the list archive, from the project's {@code list_archive_url_format}
   * (API 1.2). Not a URL the server checked: the message-id is inserted as it is. Written as
   * {@code null} when empty.
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
   * The subject without {@code [PATCH]}, {@code Re:} and the like; other bracket prefixes are
   * kept, joined by commas (API 1.0).
   *
   * @return e.g. {@code "[v2,03/16] migration: …"}
   */
  public abstract String name();

  /**
   * The web URL of the patch's mbox (API 1.0).
   *
   * @return the URL
   */
  public abstract URI mbox();
}
