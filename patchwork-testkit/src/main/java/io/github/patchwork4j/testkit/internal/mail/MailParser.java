package io.github.patchwork4j.testkit.internal.mail;

import io.github.patchwork4j.testkit.internal.mail.ParsedMail.Kind;
import io.github.patchwork4j.testkit.internal.mail.ParsedMail.Sender;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads raw RFC 5322 mail the way Patchwork 3.2.1 does: which list it came through, and then,
 * for the project it belongs to, a {@link ParsedMail}. Pure: looks nothing up.
 */
public final class MailParser {

  private static final Pattern MSGID = Pattern.compile("<[^>]+>");
  private static final Pattern LIST_ID_BRACKETS = Pattern.compile(".*<([^>]+)>.*", Pattern.DOTALL);
  private static final Pattern LIST_ID_BARE = Pattern.compile("^(\\S+)$", Pattern.DOTALL);
  private static final Pattern SIGNATURE = Pattern.compile("^(-- |_+)\\n.*", Pattern.DOTALL | Pattern.MULTILINE);
  private static final Pattern PULL = Pattern.compile(
      "^The following changes since commit.*^are available in the git repository at:\\s*\\n"
          + "^\\s*([\\w+-]+(?:://|@)[\\w/.@:~-]+[\\s\\\\]*[\\w/._-]*)\\s*$",
      Pattern.DOTALL | Pattern.MULTILINE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern EMAIL = Pattern.compile(
      "^[\\w!#$%&\"*+/=?^`{|}~-]+(?:\\.[\\w!#$%&\"*+/=?^`{|}~-]+)*"
          + "@(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?\\.)+[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$",
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern FROM_ANGLE = Pattern.compile("\"?(.*?)\"?\\s*<([^>]+)>", Pattern.DOTALL);
  private static final Pattern FROM_AT = Pattern.compile("(.*?)\\sat\\s(.*?)\\s*\\(([^\\)]+)\\)", Pattern.DOTALL);
  private static final Pattern FROM_PAREN = Pattern.compile("\"?(.*?)\"?\\s*\\(([^\\)]+)\\)", Pattern.DOTALL);
  private static final String[] LIST_HEADERS = {"List-ID", "X-Mailing-List", "X-list"};

  private MailParser() {
  }

  /** A message read from its bytes (headers and MIME structure), not yet interpreted. */
  public static final class Message {
    private final MimeEntity entity;

    private Message(MimeEntity entity) {
      this.entity = entity;
    }

    /**
     * The list ids the mail names, in the order the server tries them ({@code List-Id},
     * {@code X-Mailing-List}, {@code X-list}).
     */
    public List<String> listIds() {
      List<String> out = new ArrayList<>();
      for (String h : LIST_HEADERS) {
        Optional<String> value = entity.header(h);
        if (value.isEmpty()) {
          continue;
        }
        String clean = HeaderText.clean(value.get());
        if (clean.isEmpty()) {
          continue;
        }
        Matcher m = LIST_ID_BRACKETS.matcher(clean);
        if (m.matches()) {
          out.add(m.group(1));
          continue;
        }
        m = LIST_ID_BARE.matcher(clean);
        if (m.matches()) {
          out.add(m.group(1));
        }
      }
      return out;
    }

    /** The decoded subject, whitespace normalised ("" when absent). */
    public String cleanSubject() {
      return HeaderText.clean(entity.header("Subject").orElse(""));
    }

    /** Why the server ignores this mail before looking at its list, or empty. */
    public Optional<String> earlyDrop() {
      for (String h : new String[] {"From", "Subject", "Message-Id"}) {
        if (entity.header(h).isEmpty()) {
          return Optional.of("no " + h + " header");
        }
      }
      String hint = HeaderText.clean(entity.header("X-Patchwork-Hint").orElse(""));
      if (hint.equalsIgnoreCase("ignore")) {
        return Optional.of("X-Patchwork-Hint: ignore");
      }
      return Optional.empty();
    }
  }

  /** Reads the headers and MIME structure of one message. */
  public static Message read(byte[] raw) {
    return new Message(MimeEntity.parse(raw));
  }

  /**
   * Interprets a message for the project it was delivered to.
   *
   * @param linkName the project's link name (dropped from subject prefixes)
   * @param listEmail the project's list address (a sender rewritten to it is looked up elsewhere)
   */
  public static ParsedMail parse(Message message, String linkName, String listEmail) {
    MimeEntity mail = message.entity;
    Optional<String> early = message.earlyDrop();
    String msgid = msgid(mail);
    List<String> refs = references(mail);
    String clean = message.cleanSubject();
    Subject subject = Subject.parse(clean, linkName);
    boolean reply = Subject.isReply(clean);
    List<String> headers = new ArrayList<>();
    Map<String, Object> headerMap = new LinkedHashMap<>();
    for (MimeEntity.Field f : mail.fields()) {
      String stored = HeaderText.stored(f.name(), f.value());
      headers.add(f.name() + ": " + stored);
      String shown = stored.replaceFirst("^[ \\t]+", "");
      headerMap.merge(f.name(), shown, (a, b) -> {
        List<Object> list = new ArrayList<>(a instanceof List<?> l ? l : List.of(a));
        list.add(b);
        return list;
      });
    }
    String diff;
    String content;
    if (!reply) {
      String[] pc = patchContent(mail);
      diff = pc[0];
      content = pc[1];
    } else {
      diff = null;
      content = commentContent(mail);
    }
    String pullUrl = pullUrl(content);
    Sender sender = sender(mail, listEmail);
    int[] marker = subject.marker();
    Kind kind;
    String drop = null;
    if (early.isPresent()) {
      kind = Kind.DROPPED;
      drop = early.get();
    } else if (diff == null && content.isEmpty()) {
      kind = Kind.DROPPED;
      drop = "nothing to store: no diff and no text";
    } else if (!reply && diff != null) {
      kind = Kind.PATCH;
    } else if (!reply && pullUrl != null) {
      kind = Kind.PULL_REQUEST;
    } else if (!reply && marker != null && marker[0] == 0) {
      kind = Kind.COVER;
    } else {
      kind = Kind.COMMENT;
    }
    if (kind != Kind.DROPPED && sender == null) {
      kind = Kind.DROPPED;
      drop = "invalid From header";
    }
    return new ParsedMail(kind, drop, msgid, refs, subject,
        marker == null ? Optional.empty() : Optional.of(marker[0]),
        marker == null ? Optional.empty() : Optional.of(marker[1]), subject.version(),
        date(mail.header("Date").orElse("")), sender, content, diff, pullUrl, List.copyOf(headers),
        Collections.unmodifiableMap(headerMap),
        emptyToNull(HeaderText.clean(mail.header("X-Patchwork-State").orElse(""))),
        emptyToNull(HeaderText.clean(mail.header("X-Patchwork-Delegate").orElse(""))),
        mail.header("X-Patchwork-Action-Required").isPresent());
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  private static String msgid(MimeEntity mail) {
    String header = HeaderText.clean(mail.header("Message-Id").orElse(""));
    Matcher m = MSGID.matcher(header);
    String id = m.find() ? m.group() : header.strip();
    return id.length() > 255 ? id.substring(0, 255) : id;
  }

  private static List<String> references(MimeEntity mail) {
    List<String> refs = new ArrayList<>();
    for (String h : mail.headers("In-Reply-To")) {
      String clean = HeaderText.clean(h);
      if (clean.isEmpty()) {
        continue;
      }
      Matcher m = MSGID.matcher(clean);
      refs.add(m.find() ? m.group() : clean.strip());
    }
    for (String h : mail.headers("References")) {
      String clean = HeaderText.clean(h);
      List<String> found = new ArrayList<>();
      Matcher m = MSGID.matcher(clean);
      while (m.find()) {
        found.add(m.group());
      }
      Collections.reverse(found);
      for (String r : found) {
        if (!refs.contains(r)) {
          refs.add(r);
        }
      }
    }
    return List.copyOf(refs);
  }

  /** Text parts in order: [subtype, text]; parts that decode with no charset are skipped. */
  private static List<String[]> textParts(MimeEntity mail) {
    List<String[]> out = new ArrayList<>();
    mail.walk(part -> {
      String type = part.contentType();
      if (!type.startsWith("text/")) {
        return;
      }
      part.text().ifPresent(t -> out.add(new String[] {type.substring(5), t}));
    });
    return out;
  }

  private static String[] patchContent(MimeEntity mail) {
    String patch = null;
    StringBuilder comment = new StringBuilder();
    for (String[] p : textParts(mail)) {
      if (p[0].equals("x-patch") || p[0].equals("x-diff")) {
        patch = p[1];
      } else if (p[0].equals("plain")) {
        String c = p[1];
        if (patch == null) {
          DiffSplit split = DiffSplit.of(p[1]);
          patch = split.diff();
          c = split.comment();
        }
        if (c != null) {
          comment.append(c.strip()).append('\n');
        }
      }
    }
    return new String[] {patch, cleanContent(comment.toString())};
  }

  private static String commentContent(MimeEntity mail) {
    StringBuilder comment = new StringBuilder();
    for (String[] p : textParts(mail)) {
      if (!p[1].isEmpty() && p[0].equals("plain")) {
        comment.append(p[1].strip()).append('\n');
      }
    }
    return cleanContent(comment.toString());
  }

  private static String cleanContent(String content) {
    return SIGNATURE.matcher(content).replaceFirst("").strip();
  }

  private static String pullUrl(String content) {
    Matcher m = PULL.matcher(content);
    return m.find() ? m.group(1).replaceAll("\\s+", " ").strip() : null;
  }

  /** The sender from {@code From}; null when it has no valid address. */
  private static Sender sender(MimeEntity mail, String listEmail) {
    String from = HeaderText.clean(mail.header("From").orElse(""));
    if (from.isEmpty()) {
      return null;
    }
    String[] ne = splitFrom(from);
    if (ne[1] == null) {
      return null;
    }
    String email = cut(ne[1].strip());
    String name = ne[0] == null ? null : cut(ne[0].strip());
    if (listEmail != null && email.equalsIgnoreCase(listEmail)) {
      String[] original = originalSender(mail, name, email);
      name = original[0];
      email = original[1];
    }
    return new Sender(name, email);
  }

  private static String cut(String s) {
    return s.length() > 255 ? s.substring(0, 255) : s;
  }

  private static String[] splitFrom(String from) {
    String name = null;
    String email;
    Matcher m = FROM_ANGLE.matcher(from);
    if (m.lookingAt()) {
      name = m.group(1);
      email = m.group(2);
    } else if ((m = FROM_AT.matcher(from)).lookingAt()) {
      name = m.group(3);
      email = m.group(1) + "@" + m.group(2);
    } else if ((m = FROM_PAREN.matcher(from)).lookingAt()) {
      name = m.group(2);
      email = m.group(1);
    } else {
      email = from;
    }
    return new String[] {name, EMAIL.matcher(email).find() ? email : null};
  }

  /** A sender rewritten to the list's address (DMARC): the original from X-Original-From, Reply-To or Cc. */
  private static String[] originalSender(MimeEntity mail, String name, String email) {
    String stripped = null;
    if (name != null && name.contains(" via ")) {
      stripped = strip(name.substring(0, name.lastIndexOf(" via ")));
    } else if (name != null && name.endsWith(" via")) {
      stripped = strip(name.substring(0, name.lastIndexOf(" via")));
    }
    String original = HeaderText.clean(mail.header("X-Original-From").orElse(""));
    if (!original.isEmpty()) {
      String e = splitFrom(original)[1];
      return new String[] {stripped, e == null ? null : cut(e.strip())};
    }
    List<String> candidates = new ArrayList<>(mail.headers("Reply-To"));
    candidates.addAll(mail.headers("Cc"));
    for (String h : candidates) {
      for (String addr : HeaderText.clean(h).split(",")) {
        String[] ne = splitFrom(addr);
        String n = ne[0] == null ? null : cut(ne[0].strip());
        if (java.util.Objects.equals(n, stripped)) {
          return new String[] {stripped, ne[1] == null ? null : cut(ne[1].strip())};
        }
      }
    }
    return new String[] {name, email};
  }

  private static String strip(String s) {
    return s.strip().replaceAll("^'+|'+$", "");
  }

  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final Map<String, Integer> ZONES = Map.ofEntries(Map.entry("UT", 0), Map.entry("UTC", 0),
      Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("AST", -400), Map.entry("ADT", -300),
      Map.entry("EST", -500), Map.entry("EDT", -400), Map.entry("CST", -600), Map.entry("CDT", -500),
      Map.entry("MST", -700), Map.entry("MDT", -600), Map.entry("PST", -800), Map.entry("PDT", -700));
  private static final Pattern DATE = Pattern.compile(
      "^(?:[A-Za-z]+,?\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})[A-Za-z]*\\.?\\s+(\\d{2,4})\\s+"
          + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([+-]\\d{4}|[A-Za-z]+))?.*$");

  /** The {@code Date:} header in UTC without zone, as the server stores it; empty when unreadable. */
  static Optional<LocalDateTime> date(String header) {
    Matcher m = DATE.matcher(HeaderText.clean(header));
    if (!m.matches()) {
      return Optional.empty();
    }
    Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
    if (month == null) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(3));
    if (m.group(3).length() <= 2) {
      year += year > 68 ? 1900 : 2000;
    }
    int offset = 0;
    String zone = m.group(7);
    if (zone != null) {
      if (zone.startsWith("+") || zone.startsWith("-")) {
        int v = Integer.parseInt(zone.substring(1));
        offset = (zone.startsWith("-") ? -1 : 1) * ((v / 100) * 3600 + (v % 100) * 60);
      } else {
        Integer z = ZONES.get(zone.toUpperCase(Locale.ROOT));
        offset = z == null ? 0 : (z / 100) * 3600;
      }
    }
    try {
      LocalDateTime local = LocalDateTime.of(LocalDate.of(year, month, Integer.parseInt(m.group(1))),
          LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6))));
      return Optional.of(local.toInstant(ZoneOffset.ofTotalSeconds(offset)).atOffset(ZoneOffset.UTC).toLocalDateTime());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
