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
 * A user's named collection of patches: {@code GET /api/bundles/} and {@code /bundles/{id}/}
 * (API 1.0+; anonymous callers see public bundles only). Writable from API 1.2 ({@code POST},
 * {@code PATCH}, {@code DELETE}; older versions answer 405).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBundle.class)
@JsonDeserialize(as = ImmutableBundle.class)
public abstract class Bundle {

  Bundle() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutableBundle}
   */
  public static ImmutableBundle.Builder builder() {
    return ImmutableBundle.builder();
  }

  /**
   * The bundle id (API 1.0).
   *
   * @return the id
   */
  public abstract long id();

  /**
   * The bundle's API URL (API 1.0).
   *
   * @return e.g. {@code …/api/1.3/bundles/1/}
   */
  public abstract URI url();

  /**
   * The bundle's page in the web UI, {@code /bundle/{owner}/{name}/} (API 1.1). Omitted on
   * writing when empty.
   *
   * @return the URL, empty below API 1.1
   */
  @JsonProperty("web_url")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<URI> webUrl();

  /**
   * The bundle's project, that of its first patch (API 1.0).
   *
   * @return the embedded project
   */
  public abstract ProjectRef project();

  /**
   * The bundle's name, 1 to 50 characters, writable (API 1.0).
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Who owns the bundle (API 1.0).
   *
   * @return the embedded user
   */
  public abstract User owner();

  /**
   * The bundle's patches in patch date order, not the bundle's own order (which only the mbox
   * follows); writable as a list of ids (API 1.0).
   *
   * @return an unmodifiable list
   */
  public abstract List<PatchRef> patches();

  /**
   * Whether anyone may see the bundle, writable (API 1.0).
   *
   * @return the flag
   */
  @JsonProperty("public")
  public abstract boolean isPublic();

  /**
   * The web URL of the bundle's mbox, {@code /bundle/{owner}/{name}/mbox/}, in the bundle's
   * order; a private bundle's needs the owner's credentials (API 1.0).
   *
   * @return the URL
   */
  public abstract URI mbox();
}
