package io.github.patchwork4j.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import org.immutables.value.Value;

/**
 * The index document, {@code GET /api/} or {@code /api/{version}/} (API 1.0+): the URL of each
 * list endpoint, in the version of the request (the unversioned {@code /api/} answers with the
 * newest version the server knows).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableApiIndex.class)
@JsonDeserialize(as = ImmutableApiIndex.class)
public abstract class ApiIndex {

  ApiIndex() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutableApiIndex}
   */
  public static ImmutableApiIndex.Builder builder() {
    return ImmutableApiIndex.builder();
  }

  /**
   * The projects list (API 1.0).
   *
   * @return e.g. {@code …/api/1.3/projects/}
   */
  public abstract URI projects();

  /**
   * The users list (API 1.0).
   *
   * @return the URL
   */
  public abstract URI users();

  /**
   * The people list (API 1.0).
   *
   * @return the URL
   */
  public abstract URI people();

  /**
   * The patches list (API 1.0).
   *
   * @return the URL
   */
  public abstract URI patches();

  /**
   * The cover letters list (API 1.0).
   *
   * @return the URL
   */
  public abstract URI covers();

  /**
   * The series list (API 1.0).
   *
   * @return the URL
   */
  public abstract URI series();

  /**
   * The events list (API 1.0).
   *
   * @return the URL
   */
  public abstract URI events();

  /**
   * The bundles list (API 1.0).
   *
   * @return the URL
   */
  public abstract URI bundles();
}
