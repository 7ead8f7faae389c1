package io.github.patchwork4j.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The state of a check, and the combined {@code check} state of a patch.
 *
 * <p>The server stores a check's state as a number and sends its label (API 1.0+): 0 {@code
 * pending}, 1 {@code success}, 2 {@code warning}, 3 {@code fail}. A patch's combined state looks
 * at the newest check per (user, context): {@code fail} if any fails, else {@code warning}, else
 * {@code pending}, else {@code success}; a patch without checks is {@code pending}. A label this
 * SDK does not know is kept as it is ({@link #isKnown()} is false).
 */
public final class CheckState {

  /** {@code pending} (code 0): not finished, and the state of a patch without checks. */
  public static final CheckState PENDING = new CheckState("pending", 0);
  /** {@code success} (code 1). */
  public static final CheckState SUCCESS = new CheckState("success", 1);
  /** {@code warning} (code 2). */
  public static final CheckState WARNING = new CheckState("warning", 2);
  /** {@code fail} (code 3). */
  public static final CheckState FAIL = new CheckState("fail", 3);

  private static final List<CheckState> KNOWN = List.of(PENDING, SUCCESS, WARNING, FAIL);

  private final String value;
  private final int code;

  private CheckState(String value, int code) {
    this.value = value;
    this.code = code;
  }

  /**
   * The state with this label, lower-cased and stripped of surrounding blanks.
   *
   * @param value a label such as {@code "success"}; any other label is kept
   * @return the state (one of the constants when known)
   * @throws IllegalArgumentException if the label is blank
   */
  @JsonCreator
  public static CheckState of(String value) {
    Objects.requireNonNull(value, "check state");
    for (CheckState s : KNOWN) {
      if (s.value.equals(value)) {
        return s;
      }
    }
    String normalised = value.strip().toLowerCase(Locale.ROOT);
    if (normalised.isEmpty()) {
      throw new IllegalArgumentException(
          "A check state cannot be blank; use one of " + KNOWN + ".");
    }
    for (CheckState s : KNOWN) {
      if (s.value.equals(normalised)) {
        return s;
      }
    }
    return new CheckState(normalised, -1);
  }

  /**
   * The four states the server knows, in code order.
   *
   * @return an unmodifiable list
   */
  public static List<CheckState> known() {
    return KNOWN;
  }

  /**
   * The label the server sends and accepts.
   *
   * @return e.g. {@code "success"}
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * The number the server stores, which its checks list filter {@code ?state=} expects.
   *
   * @return 0 to 3 for a known state, empty for an unknown one
   */
  public OptionalInt code() {
    return code < 0 ? OptionalInt.empty() : OptionalInt.of(code);
  }

  /**
   * Whether this is one of {@code pending}, {@code success}, {@code warning}, {@code fail}.
   *
   * @return false for a label this SDK does not know
   */
  public boolean isKnown() {
    return code >= 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CheckState && ((CheckState) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * The label.
   *
   * @return e.g. {@code "fail"}
   */
  @Override
  public String toString() {
    return value;
  }
}
