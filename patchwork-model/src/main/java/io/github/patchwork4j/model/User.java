package io.github.patchwork4j.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Patchwork account: the {@code /users/} resource (authentication required) and every embedded
 * user (a patch's {@code delegate}, a check's {@code user}, a bundle's {@code owner}, an event's
 * {@code actor}, a person's {@code user}, a project's {@code maintainers}).
 *
 * <p>In a project's {@code maintainers} the server sends the same keys, but {@link #id()} and
 * {@link #url()} are those of the account's <em>profile</em>, which usually but not always equals
 * the user id.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUser.class)
@JsonDeserialize(as = ImmutableUser.class)
public abstract class User {

  User() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutableUser}
   */
  public static ImmutableUser.Builder builder() {
    return ImmutableUser.builder();
  }

  /**
   * The user id (API 1.0); for a project maintainer, the profile id.
   *
   * @return the id
   */
  public abstract long id();

  /**
   * The user's API URL (API 1.0); for a project maintainer, built from the profile id.
   *
   * @return e.g. {@code …/api/1.3/users/2/}
   */
  public abstract URI url();

  /**
   * The login name, accepted by the {@code delegate}, {@code owner} and {@code user} filters from
   * API 1.1 on (API 1.0).
   *
   * @return the username
   */
  public abstract String username();

  /**
   * The first name, writable by the user (API 1.0).
   *
   * @return the name, {@code ""} when not set
   */
  @JsonProperty("first_name")
  public abstract String firstName();

  /**
   * The last name, writable by the user (API 1.0).
   *
   * @return the name, {@code ""} when not set
   */
  @JsonProperty("last_name")
  public abstract String lastName();

  /**
   * The account's e-mail address (API 1.0).
   *
   * @return the address
   */
  public abstract String email();

  /**
   * The user's own settings: sent only in {@code GET /users/{id}/} when the caller is that user,
   * from API 1.2 on. Omitted on writing when empty.
   *
   * @return the settings, or empty
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<UserSettings> settings();
}
