package io.github.patchwork4j.testkit.internal.mail;

import io.github.patchwork4j.testkit.internal.mail.MailStore.Project;
import io.github.patchwork4j.testkit.internal.mail.MailStore.Series;
import io.github.patchwork4j.testkit.internal.mail.MailStore.Submission;
import io.github.patchwork4j.testkit.internal.mail.ParsedMail.Kind;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files parsed mail into a {@link MailStore} as Patchwork 3.2.1 does: a patch or pull request
 * into a series found by thread references or by sender, version and length within 20 minutes
 * (else a new series); a cover letter into the series its message id was referenced by; a reply
 * as a comment on the patch or cover it answers. Mails the server ignores are dropped with a
 * reason: no project for the list, nothing to store, a message id already stored, a reply to
 * nothing known.
 *
 * <p>The server's quirks are kept: a thread reference finds a series whatever its version (so a
 * v2 sent in reply to v1 is grouped by thread, then starts its own series because its numbers
 * are taken); a {@code 0/n} mail with references is a comment when a cover of the same name
 * exists in any project; the sender of a duplicate is still created or renamed; a patch
 * numbered 0 creates a series it does not join. Not modelled: delegation rules by file name
 * (the fake has none), a database race between concurrent deliveries.
 */
public final class Intake {

  /** What became of one mail. */
  public record Outcome(Kind kind, long id, String dropReason) {

    static Outcome dropped(String reason) {
      return new Outcome(Kind.DROPPED, 0, reason);
    }

    /** Whether the mail was stored. */
    public boolean stored() {
      return kind != Kind.DROPPED;
    }
  }

  private static final Duration SERIES_WINDOW = Duration.ofMinutes(20);
  private static final Pattern BRACKETS = Pattern.compile("^\\[([^\\]]*)\\]\\s*(.*)$", Pattern.DOTALL);

  private final MailStore store;

  public Intake(MailStore store) {
    this.store = store;
  }

  /** Files one raw message. */
  public Outcome deliver(byte[] raw) {
    MailParser.Message message = MailParser.read(raw);
    Optional<String> early = message.earlyDrop();
    if (early.isPresent()) {
      return Outcome.dropped(early.get());
    }
    Project project = null;
    for (String listId : message.listIds()) {
      project = store.projectByListId(listId, message.cleanSubject()).orElse(null);
      if (project != null) {
        break;
      }
    }
    if (project == null) {
      return Outcome.dropped("no project has the list id " + message.listIds());
    }
    ParsedMail mail = MailParser.parse(message, project.linkName(), project.listEmail());
    if (mail.kind() == Kind.DROPPED) {
      return Outcome.dropped(mail.dropReason());
    }
    LocalDateTime date = mail.date().orElseGet(store::now);
    switch (mail.kind()) {
      case PATCH:
      case PULL_REQUEST:
        return patch(project, mail, date);
      case COVER:
        if (mail.references().isEmpty() || store.coversNamed(mail.name()) == 0) {
          return cover(project, mail, date);
        }
        return comment(project, mail, date);
      default:
        return comment(project, mail, date);
    }
  }

  private long author(ParsedMail mail) {
    return store.person(mail.sender().name(), mail.sender().email());
  }

  private Submission submission(Project project, ParsedMail mail, LocalDateTime date, long author) {
    return new Submission(project.id(), mail.msgid(), cut(mail.name()), date, author, mail.content(),
        mail.headerMap(), mail.storedSubject());
  }

  private static String cut(String s) {
    return s.length() > 255 ? s.substring(0, 255) : s;
  }

  private Outcome patch(Project project, ParsedMail mail, LocalDateTime date) {
    long author = author(mail);
    OptionalLong delegate = mail.delegateEmail() == null ? OptionalLong.empty()
        : store.userByEmail(mail.delegateEmail());
    if (store.patchByMsgid(project.id(), mail.msgid()).isPresent()) {
      return Outcome.dropped("a patch with message id " + mail.msgid() + " exists");
    }
    String state = mail.state() == null ? "new" : store.stateSlug(mail.state()).orElse("new");
    long patch = store.createPatch(submission(project, mail, date, author), mail.diff(), mail.pullUrl(),
        state, delegate.isPresent() ? delegate.getAsLong() : null);
    int number = mail.number().orElse(1);
    int total = mail.total().orElse(1);
    Long series = null;
    if (mail.total().isPresent()) {
      series = findSeries(project, mail, author, date, number);
    }
    if (series == null || store.patchName(series, number).isPresent()) {
      series = store.createSeries(project.id(), date, author, mail.version(), total);
      List<String> refs = new ArrayList<>(mail.references());
      refs.add(mail.msgid());
      for (String ref : refs) {
        String r = cut(ref);
        if (store.seriesByReference(project.id(), r).isEmpty()) {
          store.addReference(project.id(), r, series);
        }
      }
    }
    if (number != 0) {
      Series s = store.series(series);
      if ((s.name() == null || s.name().isEmpty()) && number == 1) {
        store.renameSeries(series, cut(mail.name()));
      }
      store.addToSeries(patch, series, number);
    }
    return new Outcome(mail.kind(), patch, null);
  }

  private Long findSeries(Project project, ParsedMail mail, long author, LocalDateTime date, int number) {
    List<String> refs = new ArrayList<>();
    refs.add(mail.msgid());
    refs.addAll(mail.references());
    for (String ref : refs) {
      OptionalLong s = store.seriesByReference(project.id(), cut(ref));
      if (s.isPresent()) {
        // the server compares the versions' dates here but never skips a match
        return s.getAsLong();
      }
    }
    List<Series> found = new ArrayList<>(store.seriesMatching(project.id(), author, mail.version(),
        mail.total().orElseThrow(), date.minus(SERIES_WINDOW), date.plus(SERIES_WINDOW)));
    if (found.isEmpty()) {
      return null;
    }
    if (found.size() == 1) {
      return found.get(0).id();
    }
    found.sort(Comparator.comparing(Series::date).reversed());
    for (Series s : found) {
      if (store.patchName(s.id(), number).isEmpty()) {
        return s.id();
      }
    }
    return null;
  }

  private Outcome cover(Project project, ParsedMail mail, LocalDateTime date) {
    long author = author(mail);
    OptionalLong known = store.seriesByReference(project.id(), mail.msgid());
    long series;
    if (known.isPresent()) {
      series = known.getAsLong();
    } else {
      series = store.createSeries(project.id(), date, author, mail.version(), mail.total().orElseThrow());
      store.addReference(project.id(), mail.msgid(), series);
    }
    if (store.coverByMsgid(project.id(), mail.msgid()).isPresent()) {
      return Outcome.dropped("a cover with message id " + mail.msgid() + " exists");
    }
    long cover = store.createCover(submission(project, mail, date, author));
    Series s = store.series(series);
    if (s.cover() == null) {
      String coverName = formatName(cut(mail.name()));
      if (s.name() == null || s.name().isEmpty()) {
        store.renameSeries(series, coverName);
      } else if (s.name().equals(store.patchName(series, 1).orElse(null))) {
        store.renameSeries(series, coverName);
      }
      store.linkCover(series, cover);
    }
    return new Outcome(Kind.COVER, cover, null);
  }

  private static String formatName(String name) {
    Matcher m = BRACKETS.matcher(name);
    return m.matches() ? m.group(2) : name.strip();
  }

  private Outcome comment(Project project, ParsedMail mail, LocalDateTime date) {
    for (String kind : new String[] {"patch", "cover"}) {
      OptionalLong owner = OptionalLong.empty();
      for (String ref : mail.references()) {
        String r = cut(ref);
        owner = kind.equals("patch") ? store.patchByMsgid(project.id(), r) : store.coverByMsgid(project.id(), r);
        if (owner.isEmpty()) {
          owner = kind.equals("patch") ? store.patchOfComment(project.id(), r) : store.coverOfComment(project.id(), r);
        }
        if (owner.isPresent()) {
          break;
        }
      }
      if (owner.isEmpty()) {
        continue;
      }
      long author = author(mail);
      if (store.commentExists(kind, owner.getAsLong(), mail.msgid())) {
        return Outcome.dropped("a comment with message id " + mail.msgid() + " exists");
      }
      Boolean addressed = kind.equals("patch") && mail.actionRequired() ? Boolean.FALSE : null;
      long id = store.createComment(kind, owner.getAsLong(), submission(project, mail, date, author), addressed);
      return new Outcome(Kind.COMMENT, id, null);
    }
    return Outcome.dropped("a reply to no known patch or cover");
  }
}
