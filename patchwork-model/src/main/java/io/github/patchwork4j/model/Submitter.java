package io.github.patchwork4j.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who sent mail: the {@code /people/} resource (authentication required) and every
 * embedded {@code submitter} of patches, covers, series and comments (API 1.0+).
 *
 * <p>A person is an e-mail address, possibly linked to an account ({@link #user()}, sent only by
 * {@code /people/}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubmitter.class)
@JsonDeserialize(as = ImmutableSubmitter.class)
public abstract class Submitter {

  Submitter() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutableSubmitter}
   */
  public static ImmutableSubmitter.Builder builder() {
    return ImmutableSubmitter.builder();
  }

  /**
   * The person id (API 1.0), accepted by the {@code submitter} filter.
   *
   * @return the id
   */
  public abstract long id();

  /**
   * The person's API URL (API 1.0).
   *
   * @return e.g. {@code …/api/1.3/people/6/}
   */
  public abstract URI url();

  /**
   * The display name from the mail's {@code From:} (API 1.0). Written as {@code null} when empty.
   *
   * @return the name, or empty when the mail had none (server {@code null})
   */
  public abstract Optional<String> name();

  /**
   * The e-mail address (API 1.0).
   *
   * @return the address
   */
  public abstract String email();

  /**
   * The account linked to this address: sent only by {@code /people/} (as {@code null} when the
   * address has no account), never in an embedded submitter. Omitted on writing when empty.
   *
   * @return the account, or empty
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<User> user();
}
