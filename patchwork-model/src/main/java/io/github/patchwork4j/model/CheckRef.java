package io.github.patchwork4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A check as embedded in {@code check-created} events ({@code check}, API 1.0+): no {@code user}
 * (the event's {@code actor} is the check's user) and no {@code description}. The full resource
 * is {@link Check}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCheckRef.class)
@JsonDeserialize(as = ImmutableCheckRef.class)
public abstract class CheckRef {

  CheckRef() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutableCheckRef}
   */
  public static ImmutableCheckRef.Builder builder() {
    return ImmutableCheckRef.builder();
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
   * When the check was posted, in the server's local time without a zone (API 1.0).
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
   * Where the check's details are, as the poster gave it (API 1.0). Written as {@code null}
   * when empty.
   *
   * @return the URL text, or empty ({@code null})
   */
  @JsonProperty("target_url")
  public abstract Optional<String> targetUrl();

  /**
   * What was checked: a slug ({@code [-a-zA-Z0-9_]}), {@code "default"} unless the poster chose
   * (API 1.0).
   *
   * @return the context
   */
  public abstract String context();
}
