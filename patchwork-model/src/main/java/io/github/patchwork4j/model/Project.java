package io.github.patchwork4j.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project (one mailing list): {@code GET /api/projects/} and {@code GET /api/projects/{id or
 * linkname}/}, API 1.0+. List and detail have the same shape.
 *
 * <p>The free-text fields are whatever a maintainer typed: {@code ""} when blank, never {@code
 * null}. Maintainers may update {@code web_url}, {@code scm_url}, {@code webscm_url}, the 1.2
 * archive and commit templates and the 1.4 {@code show_dependencies}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProject.class)
@JsonDeserialize(as = ImmutableProject.class)
public abstract class Project {

  Project() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutableProject}
   */
  public static ImmutableProject.Builder builder() {
    return ImmutableProject.builder();
  }

  /**
   * The project's numeric id (API 1.0).
   *
   * @return the id
   */
  public abstract long id();

  /**
   * The project's API URL, always by numeric id, even when fetched by link name (API 1.0).
   *
   * @return e.g. {@code …/api/1.3/projects/1/}
   */
  public abstract URI url();

  /**
   * The display name (API 1.0).
   *
   * @return e.g. {@code "QEMU Development"}
   */
  public abstract String name();

  /**
   * The short name used in web URLs and by the {@code project} filter (API 1.0).
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
   * The project's web site, free text, writable by maintainers (API 1.0).
   *
   * @return the text, {@code ""} when blank
   */
  @JsonProperty("web_url")
  @Value.Default
  public String webUrl() {
    return "";
  }

  /**
   * The project's source repository, free text, writable by maintainers (API 1.0).
   *
   * @return the text, {@code ""} when blank
   */
  @JsonProperty("scm_url")
  @Value.Default
  public String scmUrl() {
    return "";
  }

  /**
   * The repository's web view, free text, writable by maintainers (API 1.0).
   *
   * @return the text, {@code ""} when blank
   */
  @JsonProperty("webscm_url")
  @Value.Default
  public String webscmUrl() {
    return "";
  }

  /**
   * The project's maintainers (API 1.0). The server sends the keys of a {@link User}, but each
   * one's {@link User#id() id} and {@link User#url() url} are those of the account's
   * <em>profile</em>, which usually but not always equal the user's: to delegate a patch, look
   * the user up by {@link User#username() username}.
   *
   * @return an unmodifiable list
   */
  public abstract List<User> maintainers();

  /**
   * The regular expression a mail's subject must match to land in this project when several
   * projects share a list (API 1.1). Omitted on writing when empty.
   *
   * @return the regex, {@code ""} when not set; empty below API 1.1
   */
  @JsonProperty("subject_match")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<String> subjectMatch();

  /**
   * The mailing list archive's address, free text, writable (API 1.2). Omitted on writing when
   * empty.
   *
   * @return the text ({@code ""} when blank); empty below API 1.2
   */
  @JsonProperty("list_archive_url")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<String> listArchiveUrl();

  /**
   * The template of a message's archive link, {@code {}} standing for the message-id without
   * angle brackets, writable (API 1.2). Omitted on writing when empty.
   *
   * @return e.g. {@code "https://lore.kernel.org/r/{}"} ({@code ""} when blank); empty below 1.2
   */
  @JsonProperty("list_archive_url_format")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<String> listArchiveUrlFormat();

  /**
   * The template of a commit's web link, {@code {}} standing for the commit SHA, writable (API
   * 1.2). Omitted on writing when empty.
   *
   * @return the template ({@code ""} when blank); empty below API 1.2
   */
  @JsonProperty("commit_url_format")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<String> commitUrlFormat();

  /**
   * Whether the project's series show {@code dependencies} and {@code dependents}, writable by
   * maintainers (API 1.4). Omitted on writing when empty.
   *
   * @return the switch; empty below API 1.4
   */
  @JsonProperty("show_dependencies")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<Boolean> showDependencies();
}
