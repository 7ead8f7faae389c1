package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One list request: django-filter filters (an invalid value empties the result, repeated
 * values OR, single values last-wins), DRF search ({@code q}), ordering ({@code order}) and
 * page-number pagination with the {@code Link} header of Patchwork 3.1+.
 */
final class Listing<R> {

  static final int PAGE_SIZE = 30;
  static final int MAX_PAGE_SIZE = 250;

  private static final Pattern DATE_TIME = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,](\\d{1,6})\\d*)?)?"
      + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");

  private final Query query;
  private final ToIntFunction<R> id;
  private List<R> items;
  private boolean none;
  private boolean serverError;

  /**
   * @param id the id of an item: the order of ties
   */
  Listing(Collection<R> items, Query query, ToIntFunction<R> id) {
    this.items = new ArrayList<>(items);
    this.query = query;
    this.id = id;
  }

  /** A multi-value filter: every value must resolve (to an id) or the result is empty. */
  Listing<R> multi(String param, Function<String, Integer> resolve, ToIntFunction<R> key) {
    List<String> values = query.all(param);
    if (values.isEmpty() || none) {
      return this;
    }
    Set<Integer> ids = new HashSet<>();
    for (String v : values) {
      Integer id = resolve.apply(v);
      if (id == null) {
        none = true;
        return this;
      }
      ids.add(id);
    }
    return keep(i -> ids.contains(key.applyAsInt(i)));
  }

  /** A single-value filter (last value wins); blank values are skipped. */
  Listing<R> single(String param, Function<String, Predicate<R>> test) {
    String value = query.last(param);
    if (value == null || value.isEmpty() || none) {
      return this;
    }
    Predicate<R> p = test.apply(value);
    if (p == null) {
      none = true;
      return this;
    }
    return keep(p);
  }

  /** A boolean filter: true/false/1/0 in any case; any other value filters nothing. */
  Listing<R> bool(String param, Predicate<R> field) {
    String value = query.last(param);
    if (value == null || none) {
      return this;
    }
    String v = value.toLowerCase(Locale.ROOT);
    Boolean want = v.equals("true") || v.equals("1") ? Boolean.TRUE
        : v.equals("false") || v.equals("0") ? Boolean.FALSE : null;
    if (want == null) {
      return this;
    }
    return keep(i -> field.test(i) == want);
  }

  /** {@code since} (date &gt;= value) and {@code before} (date &lt; value) on the item's date. */
  Listing<R> dates(Function<R, String> field) {
    for (String param : new String[] {"since", "before"}) {
      String value = query.last(param);
      if (value == null || value.isEmpty() || none) {
        continue;
      }
      Matcher m = DATE_TIME.matcher(value.strip());
      LocalDateTime t = m.matches() ? dateTime(m) : null;
      if (t == null) {
        none = true;
        return this;
      }
      if (m.group(8) != null) {
        // an aware date-time: the SQLite backend raises
        serverError = true;
      }
      boolean since = param.equals("since");
      keep(i -> {
        String d = field.apply(i);
        if (d == null) {
          return false;
        }
        int c = Dates.parse(d).compareTo(t);
        return since ? c >= 0 : c < 0;
      });
    }
    return this;
  }

  private static LocalDateTime dateTime(Matcher m) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return date.atStartOfDay();
      }
      int nanos = 0;
      if (m.group(7) != null) {
        String f = (m.group(7) + "000000").substring(0, 6);
        nanos = Integer.parseInt(f) * 1000;
      }
      return date.atTime(LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
          m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** DRF {@code SearchFilter}: terms split on whitespace and commas, each must match a field. */
  Listing<R> search(List<Function<R, String>> fields) {
    String value = query.last("q");
    if (value == null || none) {
      return this;
    }
    String[] terms = value.replace("\u0000", "").replace(',', ' ').strip().split("\\s+");
    if (terms.length == 0 || terms[0].isEmpty()) {
      return this;
    }
    if (fields.isEmpty()) {
      // the view searches a field the database does not have
      serverError = true;
      return this;
    }
    for (String term : terms) {
      String t = term.toLowerCase(Locale.ROOT);
      keep(i -> {
        for (Function<R, String> f : fields) {
          String s = f.apply(i);
          if (s != null && s.toLowerCase(Locale.ROOT).contains(t)) {
            return true;
          }
        }
        return false;
      });
    }
    return this;
  }

  /** Marks the request as one the server answers with a 500 (a known server bug). */
  Listing<R> fail(boolean condition) {
    serverError |= condition;
    return this;
  }

  Listing<R> keep(Predicate<R> p) {
    if (!none) {
      List<R> out = new ArrayList<>();
      for (R i : items) {
        if (p.test(i)) {
          out.add(i);
        }
      }
      items = out;
    }
    return this;
  }

  /**
   * DRF {@code OrderingFilter}: comma-separated names, one {@code -} for descending, unknown names
   * dropped; the default applies when none is left. Ties keep id order, as SQLite's sort does.
   *
   * @param orders the names the view allows
   */
  Listing<R> order(Orders<R> orders, String defaultOrder) {
    Map<String, Comparator<R>> fields = orders.byName;
    String param = query.last("order");
    List<String> terms = new ArrayList<>();
    if (param != null) {
      for (String t : param.split(",", -1)) {
        String term = t.strip();
        // DRF's term_valid strips one '-': "--id" names nothing and is dropped
        String name = term.startsWith("-") ? term.substring(1) : term;
        if (fields.containsKey(name)) {
          terms.add(term);
        }
      }
    }
    if (terms.isEmpty()) {
      terms.add(defaultOrder);
    }
    Comparator<R> cmp = null;
    for (String term : terms) {
      boolean desc = term.startsWith("-");
      Comparator<R> c = fields.get(desc ? term.substring(1) : term);
      if (c == null) {
        serverError = true;
        return this;
      }
      c = desc ? c.reversed() : c;
      cmp = cmp == null ? c : cmp.thenComparing(c);
    }
    items.sort(Comparator.comparingInt(id));
    items.sort(cmp);
    return this;
  }

  boolean serverError() {
    return serverError && !none;
  }

  List<R> result() {
    return none ? List.of() : items;
  }

  /** Comparator on a text field, nulls first (SQLite), byte order. */
  static <R> Comparator<R> text(Function<R, String> field) {
    return Comparator.comparing(field, Comparator.nullsFirst(Comparator.naturalOrder()));
  }

  static <R> Comparator<R> number(ToIntFunction<R> f) {
    return Comparator.comparingInt(f);
  }

  static <R> Comparator<R> date(Function<R, String> field) {
    return Comparator.comparing(field, Dates::compare);
  }

  /** The names a view may be ordered by, each with its comparator. */
  static final class Orders<R> {

    private final Map<String, Comparator<R>> byName = new HashMap<>();

    Orders<R> by(String name, Comparator<R> comparator) {
      byName.put(name, comparator);
      return this;
    }

    /** A name the view allows but the server fails on (500). */
    Orders<R> failing(String name) {
      byName.put(name, null);
      return this;
    }
  }

  /** Ordering by these names. */
  static <R> Orders<R> orders() {
    return new Orders<>();
  }

  // ---- pagination

  /**
   * The page the request asks for, rendered, with DRF's {@code Link} header; an invalid page
   * is {@code 404 {"detail": "Invalid page."}}.
   */
  static <R> Reply page(Call call, String base, List<R> all, Function<List<R>, ArrayNode> render,
      Map<String, String> headers) {
    Query q = call.query();
    int size = PAGE_SIZE;
    String perPage = q.last("per_page");
    if (perPage != null && Ints.isInt(perPage)) {
      int n = Ints.parse(perPage);
      if (n > 0) {
        size = Math.min(n, MAX_PAGE_SIZE);
      }
    }
    int pages = Math.max(1, (all.size() + size - 1) / size);
    String pageParam = q.last("page");
    int page;
    if (pageParam == null) {
      page = 1;
    } else if (pageParam.equals("last")) {
      page = pages;
    } else if (Ints.isInt(pageParam)) {
      page = Ints.parse(pageParam);
    } else {
      page = -1;
    }
    if (page < 1 || page > pages) {
      return Reply.detail(404, "Invalid page.").headers(headers);
    }
    List<R> slice = all.subList((page - 1) * size, Math.min(all.size(), page * size));
    String url = base + call.rawPath();
    List<String> links = new ArrayList<>();
    if (page < pages) {
      links.add(link(url, q.withPage(page + 1), "next"));
    }
    if (page > 1) {
      links.add(link(url, q.withPage(page - 1 == 1 ? null : page - 1), "prev"));
    }
    links.add(link(url, q.withPage(1), "first"));
    links.add(link(url, q.withPage(pages), "last"));
    JsonNode body = render.apply(slice);
    Reply reply = Reply.json(200, body).header("Link", String.join(", ", links));
    headers.forEach(reply::header);
    return reply;
  }

  private static String link(String url, String query, String rel) {
    return "<" + (query.isEmpty() ? url : url + "?" + query) + ">; rel=\"" + rel + "\"";
  }
}
