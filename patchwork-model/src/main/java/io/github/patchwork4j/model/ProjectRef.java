package io.github.patchwork4j.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project as embedded in patches, covers, series, bundles and events ({@code project}, API
 * 1.0+). The full resource is {@link Project}.
 *
 * <p>The free-text fields ({@code web_url}, {@code scm_url}, ...) are whatever a maintainer typed:
 * the server sends {@code ""} when they are blank, never {@code null}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectRef.class)
@JsonDeserialize(as = ImmutableProjectRef.class)
public abstract class ProjectRef {

  ProjectRef() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutableProjectRef}
   */
  public static ImmutableProjectRef.Builder builder() {
    return ImmutableProjectRef.builder();
  }

  /**
   * The project's numeric id (API 1.0).
   *
   * @return the id
   */
  public abstract long id();

  /**
   * The project's API URL, always by numeric id (API 1.0).
   *
   * @return e.g. {@code …/api/1.3/projects/1/}
   */
  public abstract URI url();

  /**
   * The project's display name (API 1.0).
   *
   * @return e.g. {@code "QEMU Development"}
   */
  public abstract String name();

  /**
   * The short name used in web URLs and as the {@code project} filter (API 1.0).
   *
   * @return e.g. {@code "qemu-devel"}
   */
  @JsonProperty("link_name")
  public abstract String linkName();

  /**
   * The mailing list's {@code List-Id} (API 1.0).
   *
   * @return e.g. {@code "qemu-devel.nongnu.org"}
   */
  @JsonProperty("list_id")
  public abstract String listId();

  /**
   * The mailing list's address (API 1.0).
   *
   * @return e.g. {@code "qemu-devel@nongnu.org"}
   */
  @JsonProperty("list_email")
  public abstract String listEmail();

  /**
   * The project's web site, free text (API 1.0).
   *
   * @return the text, {@code ""} when blank (also when the server sent {@code null})
   */
  @JsonProperty("web_url")
  @Value.Default
  public String webUrl() {
    return "";
  }

  /**
   * The project's source repository, free text (API 1.0).
   *
   * @return the text, {@code ""} when blank
   */
  @JsonProperty("scm_url")
  @Value.Default
  public String scmUrl() {
    return "";
  }

  /**
   * The repository's web view, free text (API 1.0).
   *
   * @return the text, {@code ""} when blank
   */
  @JsonProperty("webscm_url")
  @Value.Default
  public String webscmUrl() {
    return "";
  }

  /**
   * The mailing list archive's address, free text (API 1.2). Omitted on writing when empty.
   *
   * @return the text ({@code ""} when blank); empty below API 1.2
   */
  @JsonProperty("list_archive_url")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<String> listArchiveUrl();

  /**
   * The template of a message's archive link, {@code {}} standing for the message-id without
   * angle brackets (API 1.2). Omitted on writing when empty.
   *
   * @return e.g. {@code "https://lore.kernel.org/r/{}"} ({@code ""} when blank); empty below 1.2
   */
  @JsonProperty("list_archive_url_format")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<String> listArchiveUrlFormat();

  /**
   * The template of a commit's web link, {@code {}} standing for the commit SHA (API 1.2).
   * Omitted on writing when empty.
   *
   * @return the template ({@code ""} when blank); empty below API 1.2
   */
  @JsonProperty("commit_url_format")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<String> commitUrlFormat();
}
