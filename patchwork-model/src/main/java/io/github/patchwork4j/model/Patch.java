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
 * A patch: {@code GET /api/patches/} (list view) and {@code GET /api/patches/{id}/} (detail
 * view), API 1.0+.
 *
 * <p>The list view lacks {@link #headers()}, {@link #content()}, {@link #diff()} and {@link
 * #prefixes()}; they are then empty, and {@link #isDetail()} is false. Fields newer than the API version of the answer ({@code
 * web_url} and {@code comments} 1.1, {@code list_archive_url} and {@code related} 1.2) are empty
 * too. Writable through {@code PATCH}: {@code state}, {@code delegate}, {@code archived}, {@code
 * commit_ref}, {@code pull_url}, {@code related}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePatch.class)
@JsonDeserialize(as = ImmutablePatch.class)
public abstract class Patch {

  Patch() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutablePatch}
   */
  public static ImmutablePatch.Builder builder() {
    return ImmutablePatch.builder();
  }

  /**
   * The patch id (API 1.0).
   *
   * @return the id
   */
  public abstract long id();

  /**
   * The patch's API URL, in the version of the request (API 1.0).
   *
   * @return e.g. {@code …/api/1.3/patches/1/}
   */
  public abstract URI url();

  /**
   * The patch's page in the web UI, {@code /project/{linkname}/patch/{msgid}/} (API 1.1).
   * Omitted on writing when empty.
   *
   * @return the URL, empty below API 1.1
   */
  @JsonProperty("web_url")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<URI> webUrl();

  /**
   * The project the patch was sent to (API 1.0).
   *
   * @return the embedded project
   */
  public abstract ProjectRef project();

  /**
   * The mail's Message-ID, with angle brackets (API 1.0).
   *
   * @return e.g. {@code "<20260421202110.306051-4-peterx@redhat.com>"}
   */
  public abstract String msgid();

  /**
   * The mail's link in the list archive, from the project's {@code list_archive_url_format}
   * (API 1.2). Not checked by the server: the message-id is inserted as it is. Written as {@code
   * null} when empty.
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
   * @return e.g. {@code "[v2,03/16] migration/qapi: Rename …"}
   */
  public abstract String name();

  /**
   * The commit the patch was applied as, free text of at most 255 characters, writable (API
   * 1.0). Written as {@code null} when empty.
   *
   * @return the reference, or empty when not set ({@code null})
   */
  @JsonProperty("commit_ref")
  public abstract Optional<String> commitRef();

  /**
   * For a pull request, the repository to pull from, free text of at most 255 characters that
   * the server does not validate, writable (API 1.0). Written as {@code null} when empty.
   *
   * @return the text, or empty for an ordinary patch ({@code null})
   */
  @JsonProperty("pull_url")
  public abstract Optional<String> pullUrl();

  /**
   * The patch's state, by slug, writable (API 1.0).
   *
   * @return the state; a state this SDK does not know is kept
   */
  public abstract PatchState state();

  /**
   * Whether the patch is archived (hidden from the default web lists), writable (API 1.0).
   *
   * @return the flag
   */
  public abstract boolean archived();

  /**
   * The SHA-1 of the normalised diff, as {@link DiffHash#of(String)} computes it; identical diffs
   * share it (API 1.0). Written as {@code null} when empty.
   *
   * @return the hex hash, or empty for a patch without a diff, e.g. a pull request ({@code null})
   */
  public abstract Optional<String> hash();

  /**
   * Who sent the patch (API 1.0).
   *
   * @return the embedded person
   */
  public abstract Submitter submitter();

  /**
   * The maintainer the patch is delegated to, writable (API 1.0). Written as {@code null} when
   * empty.
   *
   * @return the user, or empty when not delegated ({@code null})
   */
  public abstract Optional<User> delegate();

  /**
   * The web URL of the patch's mbox, ready for {@code git am} (API 1.0).
   *
   * @return the URL
   */
  public abstract URI mbox();

  /**
   * The series the patch belongs to: a list of 0 or 1 (kept a list by the server for
   * compatibility) (API 1.0).
   *
   * @return an unmodifiable list
   */
  public abstract List<SeriesRef> series();

  /**
   * The API URL of the patch's comments, unversioned ({@code /api/patches/{id}/comments/}) (API
   * 1.1). Omitted on writing when empty.
   *
   * @return the URL, empty below API 1.1
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<URI> comments();

  /**
   * The combined state of the patch's checks: the newest check per (user, context) counts;
   * {@code pending} when there are none (API 1.0).
   *
   * @return the combined state
   */
  public abstract CheckState check();

  /**
   * The API URL of the patch's checks, unversioned ({@code /api/patches/{id}/checks/}) (API 1.0).
   *
   * @return the URL
   */
  public abstract URI checks();

  /**
   * Tag counts: always {@code {}}, tag counting is disabled in the API since Patchwork 2.0 (API
   * 1.0). Acked-by and similar lines are only visible in the mbox.
   *
   * @return an unmodifiable map, in practice empty
   */
  public abstract Map<String, Integer> tags();

  /**
   * Other patches in the same relation (the patch itself excluded), writable as a list of ids
   * (API 1.2).
   *
   * @return an unmodifiable list, empty below API 1.2
   */
  public abstract List<PatchRef> related();

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
   * The mail body before the diff: the commit message (detail view only, API 1.0).
   *
   * @return the text, empty in the list view or when the server sent {@code null}
   */
  @JsonProperty(value = "content", access = JsonProperty.Access.WRITE_ONLY)
  public abstract Optional<String> content();

  /**
   * The diff (detail view only, API 1.0).
   *
   * @return the diff, empty in the list view or for a pull request ({@code null})
   */
  @JsonProperty(value = "diff", access = JsonProperty.Access.WRITE_ONLY)
  public abstract Optional<String> diff();

  /**
   * The subject's bracket prefixes, e.g. {@code ["v2", "03/16"]} (detail view only, API 1.0).
   *
   * @return an unmodifiable list, empty in the list view or when the subject has none
   */
  @JsonProperty(value = "prefixes", access = JsonProperty.Access.WRITE_ONLY)
  public abstract List<String> prefixes();

  /**
   * Whether this patch came from (or is meant as) a detail view: it has any of the detail-only
   * fields {@link #headers()}, {@link #content()}, {@link #diff()}, {@link #prefixes()}.
   *
   * @return true if any of them is non-empty
   */
  @JsonIgnore
  public boolean isDetail() {
    return !headers().isEmpty() || content().isPresent() || diff().isPresent()
        || !prefixes().isEmpty();
  }

  /** Writes the four detail-only keys together, as the detail view does, or none of them. */
  @JsonAnyGetter
  Map<String, Object> detailKeys() {
    if (!isDetail()) {
      return Map.of();
    }
    Map<String, Object> keys = new LinkedHashMap<>();
    keys.put("headers", headers());
    keys.put("content", content().orElse(null));
    keys.put("diff", diff().orElse(null));
    keys.put("prefixes", prefixes());
    return keys;
  }
}
