package io.github.patchwork4j.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A series (a cover letter and the patches sent with it): {@code GET /api/series/} and {@code
 * GET /api/series/{id}/}, API 1.0+. List and detail have the same shape. Read-only.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSeries.class)
@JsonDeserialize(as = ImmutableSeries.class)
public abstract class Series {

  Series() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutableSeries}
   */
  public static ImmutableSeries.Builder builder() {
    return ImmutableSeries.builder();
  }

  /**
   * The series id (API 1.0).
   *
   * @return the id
   */
  public abstract long id();

  /**
   * The series' API URL (API 1.0).
   *
   * @return e.g. {@code …/api/1.3/series/1/}
   */
  public abstract URI url();

  /**
   * The series' page in the web UI, {@code /project/{linkname}/list/?series={id}} (API 1.1).
   * Omitted on writing when empty.
   *
   * @return the URL, empty below API 1.1
   */
  @JsonProperty("web_url")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<URI> webUrl();

  /**
   * The project the series was sent to (API 1.0).
   *
   * @return the embedded project
   */
  public abstract ProjectRef project();

  /**
   * The series name: the cover letter's subject, or the first patch's (API 1.0). Written as
   * {@code null} when empty.
   *
   * @return the name, or empty ({@code null})
   */
  public abstract Optional<String> name();

  /**
   * When the series' first mail was sent, in UTC without a zone (API 1.0).
   *
   * @return the naive date-time
   */
  public abstract LocalDateTime date();

  /**
   * Who sent the series (API 1.0).
   *
   * @return the embedded person
   */
  public abstract Submitter submitter();

  /**
   * The series version, from the {@code vN} subject prefix; 1 without one (API 1.0).
   *
   * @return the version
   */
  public abstract int version();

  /**
   * How many patches the series announces, from the {@code n/M} subject prefix (API 1.0).
   *
   * @return the total
   */
  public abstract int total();

  /**
   * How many of its patches the server has received (API 1.0).
   *
   * @return the count
   */
  @JsonProperty("received_total")
  public abstract int receivedTotal();

  /**
   * Whether every announced patch has arrived ({@code total <= received_total}) (API 1.0).
   *
   * @return the flag
   */
  @JsonProperty("received_all")
  public abstract boolean receivedAll();

  /**
   * The web URL of the series' mbox ({@code /series/{id}/mbox/}): all patches in order, without
   * the cover letter (API 1.0).
   *
   * @return the URL
   */
  public abstract URI mbox();

  /**
   * The series' cover letter (API 1.0). Written as {@code null} when empty.
   *
   * @return the embedded cover, or empty when there is none ({@code null})
   */
  @JsonProperty("cover_letter")
  public abstract Optional<CoverRef> coverLetter();

  /**
   * The series' patches (API 1.0).
   *
   * @return an unmodifiable list
   */
  public abstract List<PatchRef> patches();

  /**
   * The API URLs of the series this one depends on, from {@code Depends-on:} lines (API 1.4).
   * Sent only when the project has {@code show_dependencies}; in a list page that mixes projects
   * the server also drops it from items after the first project without it, so fetch the series
   * detail when it matters. Omitted on writing when empty.
   *
   * @return an unmodifiable list, empty when not sent
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<URI> dependencies();

  /**
   * The API URLs of the series that depend on this one (API 1.4). Sent under the same
   * conditions as {@link #dependencies()}. Omitted on writing when empty.
   *
   * @return an unmodifiable list, empty when not sent
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<URI> dependents();
}
