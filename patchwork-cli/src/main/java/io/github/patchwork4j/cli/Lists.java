package io.github.patchwork4j.cli;

import io.github.patchwork4j.client.Paginated;
import io.github.patchwork4j.client.error.PatchworkException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/** What list and bulk commands share. */
final class Lists {

  /** The server's largest page. */
  private static final int MAX_PAGE = 250;

  private Lists() {}

  /**
   * The items of a list, all of them or the first {@code limit}. With a limit below a page, the
   * page size is set to it so that no more is fetched than printed.
   *
   * @param limit the most items to answer, or null for all
   * @param pageSize sets the query's page size (called before {@code list})
   * @param list the list, built after the page size was set
   * @return the items, fetched as they are consumed
   */
  static <T> Iterator<T> limited(Integer limit, IntConsumer pageSize, Supplier<Paginated<T>> list) {
    if (limit == null) {
      return list.get().iterator();
    }
    if (limit < 0) {
      throw UserError.usage("--limit: must be 0 or more, got " + limit, null);
    }
    if (limit == 0) {
      return java.util.Collections.emptyIterator();
    }
    pageSize.accept(Math.min(limit, MAX_PAGE));
    return list.get().stream().limit(limit).iterator();
  }

  /**
   * Prints a line on stderr for each failure of a bulk call and answers the exit code: {@link
   * ExitCodes#OK} for none, {@link ExitCodes#UNAVAILABLE} when any could not reach the server or
   * it failed (a retry may help), else {@link ExitCodes#REFUSED}.
   *
   * @param app the run
   * @param what what the ids are, such as "patch"
   * @param failed the failures by id
   * @return the exit code
   */
  static int reportFailures(Pw4j app, String what, Map<? extends Number, PatchworkException> failed) {
    int code = ExitCodes.OK;
    Map<Long, PatchworkException> sorted = new TreeMap<>();
    failed.forEach((id, e) -> sorted.put(id.longValue(), e));
    for (Map.Entry<Long, PatchworkException> f : sorted.entrySet()) {
      Problem p = Problem.of(f.getValue());
      app.err().println("pw4j: " + what + " " + f.getKey() + ": " + p.what());
      if (p.exitCode() == ExitCodes.UNAVAILABLE) {
        code = ExitCodes.UNAVAILABLE;
      } else if (code == ExitCodes.OK) {
        code = p.exitCode();
      }
    }
    if (!sorted.isEmpty()) {
      app.err().println("pw4j: " + sorted.size() + " of the " + what + "es failed"
          + (code == ExitCodes.UNAVAILABLE ? "; retrying later may help." : "."));
    }
    return code;
  }
}
