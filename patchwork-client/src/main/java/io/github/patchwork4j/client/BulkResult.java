package io.github.patchwork4j.client;

import io.github.patchwork4j.client.error.PatchworkException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one write applied to many objects (e.g. {@code pw.patches().updateAll(ids,
 * update)}): which ids succeeded, with the server's answer, and which failed, with the typed
 * exception each got. One id's failure never cancels or hides the others, and obtaining a
 * {@code BulkResult} never throws for a partial failure: ask {@link #isComplete()}.
 *
 * <p>Both maps iterate in the order the ids were given, and every given id is in exactly one of
 * them.
 *
 * @param <T> what the server answered for one object (e.g. the updated {@code Patch})
 */
public final class BulkResult<T> {

  private final Map<Long, T> succeeded;
  private final Map<Long, PatchworkException> failed;

  BulkResult(Map<Long, T> succeeded, Map<Long, PatchworkException> failed) {
    this.succeeded = Collections.unmodifiableMap(new LinkedHashMap<>(succeeded));
    this.failed = Collections.unmodifiableMap(new LinkedHashMap<>(failed));
  }

  /** The ids that succeeded → the server's answer for each, in the order given. */
  public Map<Long, T> succeeded() {
    return succeeded;
  }

  /** The ids that failed → the exception each got (e.g. {@code PermissionDeniedException}). */
  public Map<Long, PatchworkException> failed() {
    return failed;
  }

  /** Whether every id succeeded. */
  public boolean isComplete() {
    return failed.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BulkResult)) {
      return false;
    }
    BulkResult<?> other = (BulkResult<?>) o;
    return succeeded.equals(other.succeeded) && failed.equals(other.failed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(succeeded, failed);
  }

  /** Counts and the failed ids with their exception types, e.g. for a log line. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("BulkResult{succeeded=").append(succeeded.size());
    s.append(", failed=").append(failed.size());
    if (!failed.isEmpty()) {
      s.append(' ');
      StringBuilder list = new StringBuilder();
      failed.forEach(
          (id, e) -> {
            if (list.length() > 0) {
              list.append(", ");
            }
            list.append(id).append('=').append(e.getClass().getSimpleName());
          });
      s.append('{').append(list).append('}');
    }
    return s.append('}').toString();
  }
}
