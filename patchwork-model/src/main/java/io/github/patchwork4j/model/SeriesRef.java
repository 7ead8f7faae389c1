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
 * A series as embedded in patches and covers ({@code series}, a list of 0 or 1) and in series
 * events (API 1.0+). The full resource is {@link Series}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSeriesRef.class)
@JsonDeserialize(as = ImmutableSeriesRef.class)
public abstract class SeriesRef {

  SeriesRef() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutableSeriesRef}
   */
  public static ImmutableSeriesRef.Builder builder() {
    return ImmutableSeriesRef.builder();
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
   * When the series' first mail was sent, in UTC without a zone (API 1.0).
   *
   * @return the naive date-time
   */
  public abstract LocalDateTime date();

  /**
   * The series name: the cover letter's subject, or the first patch's (API 1.0). Written as
   * {@code null} when empty.
   *
   * @return the name, or empty when the server has none ({@code null})
   */
  public abstract Optional<String> name();

  /**
   * The series version, from the {@code vN} subject prefix; 1 without one (API 1.0).
   *
   * @return the version
   */
  public abstract int version();

  /**
   * The web URL of the series' mbox ({@code /series/{id}/mbox/}; patches only, no cover letter)
   * (API 1.0).
   *
   * @return the URL
   */
  public abstract URI mbox();
}
