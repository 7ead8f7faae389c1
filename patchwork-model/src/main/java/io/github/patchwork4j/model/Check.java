package io.github.patchwork4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of a test run on a patch: {@code GET /api/patches/{id}/checks/} and {@code
 * …/checks/{check_id}/} (API 1.0+). List and detail have the same shape. Created with {@code
 * POST} (state, target_url, context, description), never changed afterwards.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCheck.class)
@JsonDeserialize(as = ImmutableCheck.class)
public abstract class Check {

  Check() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutableCheck}
   */
  public static ImmutableCheck.Builder builder() {
    return ImmutableCheck.builder();
  }

  /**
   * The check id (API 1.0).
   *
   * @return the id
   */
  public abstract long id();

  /**
   * The check's API URL, {@code …/patches/{pid}/checks/{cid}/} (API 1.0).
   *
   * @return the URL
   */
  public abstract URI url();

  /**
   * Who posted the check (API 1.0).
   *
   * @return the embedded user
   */
  public abstract User user();

  /**
   * When the check was posted: the server's local time without a zone (since Patchwork 3.2;
   * UTC before) (API 1.0).
   *
   * @return the naive date-time
   */
  public abstract LocalDateTime date();

  /**
   * The check's state (API 1.0).
   *
   * @return the state
   */
  public abstract CheckState state();

  /**
   * Where the check's details are, as the poster gave it (at most 200 characters) (API 1.0).
   * Written as {@code null} when empty.
   *
   * @return the URL text, or empty ({@code null})
   */
  @JsonProperty("target_url")
  public abstract Optional<String> targetUrl();

  /**
   * What was checked: a slug ({@code [-a-zA-Z0-9_]}, at most 255), {@code "default"} unless the
   * poster chose; only the newest check per user and context counts for the patch (API 1.0).
   *
   * @return the context
   */
  public abstract String context();

  /**
   * A short text about the result (API 1.0). Written as {@code null} when empty.
   *
   * @return the text, or empty ({@code null})
   */
  public abstract Optional<String> description();
}
