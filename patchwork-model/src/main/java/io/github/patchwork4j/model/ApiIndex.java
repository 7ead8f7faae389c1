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
  public URI projects() {
    return URI.create(projectsText());
  }

  /** The text behind {@link #projects()}, as the server sent it, parsed only when asked. */
  abstract String projectsText();

  /**
   * The users list (API 1.0).
   *
   * @return the URL
   */
  public URI users() {
    return URI.create(usersText());
  }

  /** The text behind {@link #users()}, as the server sent it, parsed only when asked. */
  abstract String usersText();

  /**
   * The people list (API 1.0).
   *
   * @return the URL
   */
  public URI people() {
    return URI.create(peopleText());
  }

  /** The text behind {@link #people()}, as the server sent it, parsed only when asked. */
  abstract String peopleText();

  /**
   * The patches list (API 1.0).
   *
   * @return the URL
   */
  public URI patches() {
    return URI.create(patchesText());
  }

  /** The text behind {@link #patches()}, as the server sent it, parsed only when asked. */
  abstract String patchesText();

  /**
   * The cover letters list (API 1.0).
   *
   * @return the URL
   */
  public URI covers() {
    return URI.create(coversText());
  }

  /** The text behind {@link #covers()}, as the server sent it, parsed only when asked. */
  abstract String coversText();

  /**
   * The series list (API 1.0).
   *
   * @return the URL
   */
  public URI series() {
    return URI.create(seriesText());
  }

  /** The text behind {@link #series()}, as the server sent it, parsed only when asked. */
  abstract String seriesText();

  /**
   * The events list (API 1.0).
   *
   * @return the URL
   */
  public URI events() {
    return URI.create(eventsText());
  }

  /** The text behind {@link #events()}, as the server sent it, parsed only when asked. */
  abstract String eventsText();

  /**
   * The bundles list (API 1.0).
   *
   * @return the URL
   */
  public URI bundles() {
    return URI.create(bundlesText());
  }

  /** The text behind {@link #bundles()}, as the server sent it, parsed only when asked. */
  abstract String bundlesText();
}
