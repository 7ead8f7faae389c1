package io.github.patchwork4j.client.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed HTTP {@code Link} header (RFC 8288): each entry's target and its relation types.
 * The parser reads quoted parameters (with escapes), several relation types in one
 * {@code rel}, commas inside {@code <…>} targets, and several header lines.
 */
public final class LinkHeader {

  /** One link: the target as written and its relation types (lower case). */
  public record Link(String target, List<String> rels) {}

  private static final LinkHeader EMPTY = new LinkHeader(List.of());

  private final List<Link> links;

  private LinkHeader(List<Link> links) {
    this.links = links;
  }

  /** A header with no links (the server sent none). */
  public static LinkHeader empty() {
    return EMPTY;
  }

  /**
   * Parses every value of the {@code Link} header.
   *
   * @throws IllegalArgumentException on a malformed value
   */
  public static LinkHeader parse(List<String> values) {
    List<Link> out = new ArrayList<>();
    for (String value : values) {
      new Parser(value).parseInto(out);
    }
    return new LinkHeader(Collections.unmodifiableList(out));
  }

  /** Every link in header order. */
  public List<Link> links() {
    return links;
  }

  /** The target of the first link with relation type {@code rel} (case-insensitive). */
  public Optional<String> target(String rel) {
    String wanted = rel.toLowerCase(Locale.ROOT);
    for (Link link : links) {
      if (link.rels().contains(wanted)) {
        return Optional.of(link.target());
      }
    }
    return Optional.empty();
  }

  private static final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    void parseInto(List<Link> out) {
      while (true) {
        skipWhitespaceAndCommas();
        if (i >= s.length()) {
          return;
        }
        expect('<');
        int close = s.indexOf('>', i);
        if (close < 0) {
          throw error("unterminated <target>");
        }
        String target = s.substring(i, close).trim();
        i = close + 1;
        Map<String, String> params = new LinkedHashMap<>();
        while (true) {
          skipWhitespace();
          if (i >= s.length() || s.charAt(i) == ',') {
            break;
          }
          expect(';');
          skipWhitespace();
          String name = token().toLowerCase(Locale.ROOT);
          if (name.isEmpty()) {
            throw error("empty parameter name");
          }
          skipWhitespace();
          String val = "";
          if (i < s.length() && s.charAt(i) == '=') {
            i++;
            skipWhitespace();
            val = i < s.length() && s.charAt(i) == '"' ? quoted() : token();
          }
          params.putIfAbsent(name, val); // RFC 8288: only the first rel counts
        }
        List<String> rels = new ArrayList<>();
        String rel = params.get("rel");
        if (rel != null) {
          int start = -1;
          for (int k = 0; k <= rel.length(); k++) {
            boolean space = k == rel.length() || Character.isWhitespace(rel.charAt(k));
            if (!space && start < 0) {
              start = k;
            } else if (space && start >= 0) {
              rels.add(rel.substring(start, k).toLowerCase(Locale.ROOT));
              start = -1;
            }
          }
        }
        out.add(new Link(target, List.copyOf(rels)));
      }
    }

    private String token() {
      int start = i;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == ';' || c == ',' || c == '=' || c == '"' || Character.isWhitespace(c)) {
          break;
        }
        i++;
      }
      return s.substring(start, i);
    }

    private String quoted() {
      i++; // opening quote
      StringBuilder b = new StringBuilder();
      while (i < s.length()) {
        char c = s.charAt(i++);
        if (c == '\\' && i < s.length()) {
          b.append(s.charAt(i++));
        } else if (c == '"') {
          return b.toString();
        } else {
          b.append(c);
        }
      }
      throw error("unterminated quoted string");
    }

    private void expect(char c) {
      if (i >= s.length() || s.charAt(i) != c) {
        throw error("expected '" + c + "'");
      }
      i++;
    }

    private void skipWhitespace() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private void skipWhitespaceAndCommas() {
      while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ',')) {
        i++;
      }
    }

    private IllegalArgumentException error(String what) {
      return new IllegalArgumentException("malformed Link header at position " + i + ": " + what);
    }
  }
}
