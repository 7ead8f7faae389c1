package io.github.patchwork4j.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The state of a patch, identified by its slug ({@code "new"}, {@code "changes-requested"}).
 *
 * <p>States are rows of a table on the server: an instance can add or rename them, and there is
 * no API endpoint that lists them. The ten states every Patchwork starts with are constants here;
 * any other slug is kept as it is ({@link #isKnown()} is false) and written back unchanged.
 *
 * <p>The server sends a patch's {@code state} as the slug (API 1.0+). When a state is written it
 * lower-cases and slugifies what it gets, so {@code "Changes Requested"}, {@code "NEW"} and
 * {@code "changes-requested"} all work; {@link #of(String)} normalises the same way, so {@code
 * PatchState.of("Changes Requested").equals(PatchState.CHANGES_REQUESTED)}.
 */
public final class PatchState {

  /** "New": the state of a patch that has just arrived (action required). */
  public static final PatchState NEW = new PatchState("new");
  /** "Under Review" (action required). */
  public static final PatchState UNDER_REVIEW = new PatchState("under-review");
  /** "Accepted": applied by a maintainer. */
  public static final PatchState ACCEPTED = new PatchState("accepted");
  /** "Rejected". */
  public static final PatchState REJECTED = new PatchState("rejected");
  /** "RFC": a request for comments, not meant to be applied. */
  public static final PatchState RFC = new PatchState("rfc");
  /** "Not Applicable": not for this project. */
  public static final PatchState NOT_APPLICABLE = new PatchState("not-applicable");
  /** "Changes Requested": the submitter must send a new version. */
  public static final PatchState CHANGES_REQUESTED = new PatchState("changes-requested");
  /** "Awaiting Upstream". */
  public static final PatchState AWAITING_UPSTREAM = new PatchState("awaiting-upstream");
  /** "Superseded": replaced by a newer version. */
  public static final PatchState SUPERSEDED = new PatchState("superseded");
  /** "Deferred". */
  public static final PatchState DEFERRED = new PatchState("deferred");

  private static final List<PatchState> DEFAULTS =
      List.of(NEW, UNDER_REVIEW, ACCEPTED, REJECTED, RFC, NOT_APPLICABLE, CHANGES_REQUESTED,
          AWAITING_UPSTREAM, SUPERSEDED, DEFERRED);

  private static final Map<String, PatchState> BY_SLUG =
      DEFAULTS.stream().collect(Collectors.toUnmodifiableMap(PatchState::slug, s -> s));
  private static final Pattern NON_ASCII = Pattern.compile("[^\\x00-\\x7F]");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9_\\s-]");
  private static final Pattern DASHES = Pattern.compile("[-\\s]+");
  private static final Pattern EDGES = Pattern.compile("^[-_]+|[-_]+$");

  private final String slug;

  private PatchState(String slug) {
    this.slug = slug;
  }

  /**
   * The state with this slug or name, normalised as the server does when a state is written:
   * lower-cased and slugified like Django's {@code slugify} (accents dropped, characters other
   * than letters, digits, {@code _}, {@code -} and spaces removed, runs of spaces and hyphens
   * turned into one {@code -}, leading and trailing {@code -}/{@code _} stripped).
   *
   * @param slugOrName a slug such as {@code "needs-ack"} or a name such as {@code "Changes
   *     Requested"}
   * @return the state (one of the constants when it is a default state)
   * @throws IllegalArgumentException if nothing is left after normalising
   */
  @JsonCreator
  public static PatchState of(String slugOrName) {
    Objects.requireNonNull(slugOrName, "patch state");
    PatchState known = BY_SLUG.get(slugOrName);
    if (known != null) {
      return known;
    }
    String slug = isSlug(slugOrName) ? slugOrName : slugify(slugOrName);
    if (slug.isEmpty()) {
      throw new IllegalArgumentException(
          "Not a patch state: '" + slugOrName + "'. Give a state's slug or name, e.g. \"new\""
              + " or \"Changes Requested\"; the default states are " + DEFAULTS + ".");
    }
    known = BY_SLUG.get(slug);
    return known != null ? known : new PatchState(slug);
  }

  /**
   * The ten states of a fresh Patchwork instance, in the server's default order.
   *
   * @return an unmodifiable list
   */
  public static List<PatchState> defaults() {
    return DEFAULTS;
  }

  static String slugify(String value) {
    String ascii = NON_ASCII.matcher(Normalizer.normalize(value, Normalizer.Form.NFKD))
        .replaceAll("");
    String cleaned = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("");
    String dashed = DASHES.matcher(cleaned).replaceAll("-");
    return EDGES.matcher(dashed).replaceAll("");
  }

  /** Whether {@link #slugify} would return the value unchanged (the server sends slugs). */
  private static boolean isSlug(String value) {
    int n = value.length();
    if (n == 0 || value.charAt(0) == '-' || value.charAt(0) == '_'
        || value.charAt(n - 1) == '-' || value.charAt(n - 1) == '_') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'
          || (c == '-' && value.charAt(i - 1) != '-');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * The slug, as the server sends it in a patch's {@code state} and accepts it in writes.
   *
   * @return e.g. {@code "changes-requested"}
   */
  @JsonValue
  public String slug() {
    return slug;
  }

  /**
   * Whether this is one of the ten default states every Patchwork instance starts with.
   *
   * @return false for a state an instance added (e.g. {@code "needs-ack"})
   */
  public boolean isKnown() {
    return DEFAULTS.contains(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PatchState && ((PatchState) o).slug.equals(slug);
  }

  @Override
  public int hashCode() {
    return slug.hashCode();
  }

  /**
   * The slug.
   *
   * @return e.g. {@code "new"}
   */
  @Override
  public String toString() {
    return slug;
  }
}
