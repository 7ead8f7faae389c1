package io.github.patchwork4j.cli;

import io.github.patchwork4j.client.Page;
import io.github.patchwork4j.client.Paginated;
import io.github.patchwork4j.client.error.PatchworkException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/** What list and bulk commands share. */
final class Lists {

  /** The server's largest page. */
  private static final int MAX_PAGE = 250;

  private Lists() {}

  /**
   * The items of a list, all of them or the first {@code limit}, fetched {@value #MAX_PAGE} a
   * page, or {@code limit} when that is less, so that no more is fetched than printed.
   *
   * <p>When a person watches ({@link Progress#enabled()}) and the list may take more than one
   * page, one request at a page size of 1 first asks how many items there are (the server's
   * last page at that size, Patchwork 3.1 and later), so that progress says "page N of M"; the
   * list itself is then read with the client's pages ahead, as without progress.
   *
   * @param app the run
   * @param what what is listed, such as "patches", for the progress line
   * @param limit the most items to answer, or null for all
   * @param pageSize sets the query's page size (called before each {@code list})
   * @param list the list, built after the page size was set
   * @return the items, fetched as they are consumed
   */
  static <T> Iterator<T> limited(
      Pw4j app, String what, Integer limit, IntConsumer pageSize, Supplier<Paginated<T>> list) {
    if (limit != null && limit < 0) {
      throw UserError.usage("--limit: must be 0 or more, got " + limit, null);
    }
    if (limit != null && limit == 0) {
      return java.util.Collections.emptyIterator();
    }
    int size = limit == null ? MAX_PAGE : Math.min(limit, MAX_PAGE);
    Progress progress = app.progress();
    progress.task("listing " + what);
    if (progress.enabled() && (limit == null || limit > size)) {
      pageSize.accept(1);
      OptionalInt items = firstPage(list.get()).lastPage();
      if (items.isPresent()) {
        int wanted = limit == null ? items.getAsInt() : Math.min(items.getAsInt(), limit);
        progress.pages((wanted + size - 1) / size);
      }
    }
    pageSize.accept(size);
    Paginated<T> all = list.get();
    return limit == null ? all.iterator() : all.stream().limit(limit).iterator();
  }

  /** Page 1, waited for; a failure is thrown as the client threw it. */
  private static <T> Page<T> firstPage(Paginated<T> list) {
    try {
      return list.firstPage().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
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
