package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.patchwork4j.testkit.internal.mail.Intake;
import io.github.patchwork4j.testkit.internal.mail.MailStore;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The fake server's side of mail delivery: {@link MailStore} on the server's stored objects,
 * writing through the same hooks as the test data methods (so the same events are emitted).
 * Every delivery runs under the server's lock.
 */
public final class MailBox implements MailStore {

  private final Server server;

  public MailBox(Server server) {
    this.server = server;
  }

  /** Files one raw message into the server. */
  public Intake.Outcome deliver(byte[] raw) {
    return server.withStore(st -> new Intake(this).deliver(raw));
  }

  private Store st() {
    return server.store();
  }

  private static String date(LocalDateTime t) {
    return Dates.format(t);
  }

  private static ObjectNode ref(long id) {
    ObjectNode o = Json.object();
    o.put("id", id);
    return o;
  }

  @Override
  public LocalDateTime now() {
    return Dates.parse(st().stamp(server.clock()));
  }

  @Override
  public Optional<Project> projectByListId(String listId, String cleanSubject) {
    ProjectRow fallback = null;
    for (ProjectRow p : st().projects.all()) {
      if (!listId.equals(p.listId())) {
        continue;
      }
      String match = p.subjectMatch();
      if (match == null || match.isEmpty()) {
        fallback = p;
      } else if (Pattern.compile(match, Pattern.MULTILINE | Pattern.CASE_INSENSITIVE).matcher(cleanSubject).find()) {
        return Optional.of(project(p));
      }
    }
    return Optional.ofNullable(fallback).map(MailBox::project);
  }

  private static Project project(ProjectRow p) {
    return new Project(p.id(), p.linkName(), p.listEmail());
  }

  @Override
  public long person(String name, String email) {
    for (PersonRow p : st().people.all()) {
      String known = p.email();
      if (known != null && known.equalsIgnoreCase(email)) {
        if (name != null && !name.isEmpty() && !name.equals(p.name())) {
          ObjectNode renamed = Json.object();
          renamed.put("id", p.id());
          renamed.put("name", name);
          renamed.put("email", p.email());
          if (p.user() == null) {
            renamed.putNull("user");
          } else {
            renamed.set("user", ref(p.user().id()));
          }
          server.given("person", renamed, 0);
        }
        return p.id();
      }
    }
    ObjectNode p = Json.object();
    if (name == null) {
      p.putNull("name");
    } else {
      p.put("name", name);
    }
    p.put("email", email);
    return Json.id(server.given("person", p, 0));
  }

  @Override
  public Optional<String> stateSlug(String name) {
    return st().states.all().stream().filter(s -> s.name().equalsIgnoreCase(name)).map(States.State::slug)
        .findFirst();
  }

  @Override
  public OptionalLong userByEmail(String email) {
    for (UserRow u : st().users.all()) {
      if (email.equalsIgnoreCase(u.email())) {
        return OptionalLong.of(u.id());
      }
    }
    return OptionalLong.empty();
  }

  private static OptionalLong byMsgid(Collection<? extends Submitted> rows, long project, String msgid) {
    for (Submitted o : rows) {
      if (o.project() == project && msgid.equals(o.msgid())) {
        return OptionalLong.of(o.id());
      }
    }
    return OptionalLong.empty();
  }

  private OptionalLong ownerOfComment(Collection<? extends Submitted> rows, String kind, long project,
      String msgid) {
    OptionalLong found = OptionalLong.empty();
    for (Submitted o : rows) {
      if (o.project() != project) {
        continue;
      }
      for (CommentRow c : st().comments(kind + "/" + o.id())) {
        if (msgid.equals(c.msgid())) {
          found = OptionalLong.of(o.id());
        }
      }
    }
    return found;
  }

  /** What message-id lookups need of a patch or cover. */
  private record Submitted(int id, int project, String msgid) {
  }

  private List<Submitted> patches() {
    return st().patches.all().stream().map(p -> new Submitted(p.id(), p.projectId(), p.msgid())).toList();
  }

  private List<Submitted> covers() {
    return st().covers.all().stream().map(c -> new Submitted(c.id(), c.projectId(), c.msgid())).toList();
  }

  @Override
  public OptionalLong patchByMsgid(long project, String msgid) {
    return byMsgid(patches(), project, msgid);
  }

  @Override
  public OptionalLong patchOfComment(long project, String msgid) {
    return ownerOfComment(patches(), "patch", project, msgid);
  }

  @Override
  public OptionalLong coverByMsgid(long project, String msgid) {
    return byMsgid(covers(), project, msgid);
  }

  @Override
  public OptionalLong coverOfComment(long project, String msgid) {
    return ownerOfComment(covers(), "cover", project, msgid);
  }

  @Override
  public int coversNamed(String name) {
    int n = 0;
    for (CoverRow c : st().covers.all()) {
      if (name.equals(c.name())) {
        n++;
      }
    }
    return n;
  }

  @Override
  public boolean commentExists(String kind, long owner, String msgid) {
    for (CommentRow c : st().comments(kind + "/" + owner)) {
      if (msgid.equals(c.msgid())) {
        return true;
      }
    }
    return false;
  }

  private ObjectNode submission(Submission s) {
    ObjectNode in = Json.object();
    in.set("project", ref(s.project()));
    in.put("msgid", s.msgid());
    if (s.name() != null) {
      in.put("name", s.name());
    }
    in.put("date", date(s.date()));
    in.set("submitter", ref(s.submitter()));
    in.put("content", s.content());
    in.set("headers", Json.mapper().valueToTree(s.headers()));
    return in;
  }

  @Override
  public long createPatch(Submission s, String diff, String pullUrl, String state, Long delegate) {
    ObjectNode in = submission(s);
    if (diff == null) {
      in.putNull("diff");
    } else {
      in.put("diff", diff);
    }
    if (pullUrl == null) {
      in.putNull("pull_url");
    } else {
      in.put("pull_url", pullUrl);
    }
    in.put("state", state);
    if (delegate != null) {
      in.set("delegate", ref(delegate));
    }
    in.set("prefixes", prefixes(s.name()));
    return Json.id(server.given("patch", in, 0));
  }

  private static ArrayNode prefixes(String name) {
    ArrayNode out = Json.array();
    io.github.patchwork4j.testkit.internal.mail.Subject.parse(name, null).prefixes().forEach(out::add);
    return out;
  }

  @Override
  public long createCover(Submission s) {
    return Json.id(server.given("cover", submission(s), 0));
  }

  @Override
  public long createComment(String kind, long owner, Submission s, Boolean addressed) {
    ObjectNode in = submission(s);
    in.remove("project");
    in.remove("name");
    in.put("subject", s.subject());
    if (addressed == null) {
      in.putNull("addressed");
    } else {
      in.put("addressed", addressed);
    }
    return Json.id(server.given(kind + "-comment", in, Math.toIntExact(owner)));
  }

  private static String key(long project, String msgid) {
    return project + " " + msgid;
  }

  @Override
  public OptionalLong seriesByReference(long project, String msgid) {
    Long s = st().seriesReferences.get(key(project, msgid));
    return s == null ? OptionalLong.empty() : OptionalLong.of(s);
  }

  @Override
  public void addReference(long project, String msgid, long series) {
    st().seriesReferences.put(key(project, msgid), series);
  }

  @Override
  public List<Series> seriesMatching(long project, long submitter, int version, int total, LocalDateTime from,
      LocalDateTime to) {
    List<Series> out = new ArrayList<>();
    for (SeriesRow s : st().series.all()) {
      Series row = row(s);
      if (s.projectId() == project && row.submitter() == submitter && row.version() == version
          && row.total() == total && !row.date().isBefore(from) && !row.date().isAfter(to)) {
        out.add(row);
      }
    }
    return out;
  }

  private static Series row(SeriesRow s) {
    return new Series(s.id(), s.submitterId(), s.version(), s.total(), Dates.parse(s.date()), s.name(),
        s.coverLetter() == null ? null : (long) s.coverLetter().id());
  }

  @Override
  public Series series(long id) {
    return row(Objects.requireNonNull(st().series.get(Math.toIntExact(id)), "series " + id));
  }

  @Override
  public Optional<String> patchName(long series, int number) {
    for (PatchRow p : st().patches.all()) {
      if (p.seriesId() == series && Downloads.number(p) == number) {
        return Optional.ofNullable(p.name());
      }
    }
    return Optional.empty();
  }

  @Override
  public long createSeries(long project, LocalDateTime date, long submitter, int version, int total) {
    ObjectNode in = Json.object();
    in.set("project", ref(project));
    in.putNull("name");
    in.put("date", date(date));
    in.set("submitter", ref(submitter));
    in.put("version", version);
    in.put("total", total);
    return Json.id(server.given("series", in, 0));
  }

  /**
   * Stored rows as the input of a re-put through the test data hooks (same id, so no second
   * "created" event): their API 1.3 detail view, which carries every field the hooks read.
   */
  private Render asInput() {
    return new Render(st(), 3, Dataset.CANONICAL_HOST, "1.3", Principal.ANONYMOUS);
  }

  private ObjectNode seriesInput(long id) {
    return asInput().series(st().series.get(Math.toIntExact(id)), new boolean[1]);
  }

  @Override
  public void renameSeries(long series, String name) {
    ObjectNode s = seriesInput(series);
    s.put("name", name);
    server.given("series", s, 0);
  }

  @Override
  public void addToSeries(long patch, long series, int number) {
    ObjectNode p = asInput().patch(st().patches.get(Math.toIntExact(patch)), true);
    ArrayNode list = p.putArray("series");
    list.add(ref(series));
    server.given("patch", p, 0);
  }

  @Override
  public void linkCover(long series, long cover) {
    ObjectNode c = asInput().cover(st().covers.get(Math.toIntExact(cover)), true);
    ArrayNode list = c.putArray("series");
    list.add(ref(series));
    server.given("cover", c, 0);
  }


}
