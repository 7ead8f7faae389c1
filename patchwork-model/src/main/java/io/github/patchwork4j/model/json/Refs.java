package io.github.patchwork4j.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.patchwork4j.model.CoverRef;
import io.github.patchwork4j.model.ImmutableCoverRef;
import io.github.patchwork4j.model.ImmutablePatchRef;
import io.github.patchwork4j.model.ImmutableProjectRef;
import io.github.patchwork4j.model.ImmutableSeriesRef;
import io.github.patchwork4j.model.ImmutableSubmitter;
import io.github.patchwork4j.model.ImmutableUser;
import io.github.patchwork4j.model.PatchRef;
import io.github.patchwork4j.model.ProjectRef;
import io.github.patchwork4j.model.SeriesRef;
import io.github.patchwork4j.model.Submitter;
import io.github.patchwork4j.model.User;
import io.github.patchwork4j.model.UserSettings;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Streaming deserializers for the objects embedded in every list item: projects, people, users,
 * and the series, patches and cover letters referred to. Each reads token by token into its builder; unknown keys go to
 * {@link DeserializationContext#handleUnknownProperty}; JSON {@code null} reads as absent.
 *
 * <p>Projects, people, users and series repeat within one answer: every patch of a list page
 * embeds its project, and most share submitters and series. Within one {@code readValue} call,
 * an embedded object whose {@code id} and then {@code url} equal those of one read before is
 * that same object (one answer is one state of the server): the rest of it is skipped without
 * making its strings, and the object read before is used again.
 */
final class Refs {

  static final StdDeserializer<ProjectRef> PROJECT = new ProjectRefs();
  static final StdDeserializer<Submitter> SUBMITTER = new Submitters();
  static final StdDeserializer<User> USER = new Users();
  static final StdDeserializer<SeriesRef> SERIES = new SeriesRefs();
  static final StdDeserializer<PatchRef> PATCH = new PatchRefs();
  static final StdDeserializer<CoverRef> COVER = new CoverRefs();

  private Refs() {}

  /** The objects of one type read so far in one {@code readValue} call, by URL. */
  private static final class Seen<T> {
    private final Map<String, T> byUrl = new HashMap<>();
    private final ToLongFunction<T> idOf;

    private Seen(ToLongFunction<T> idOf) {
      this.idOf = idOf;
    }

    /** The objects {@code reader} has read in this call (the reader is the attribute's key). */
    static <T> Seen<T> of(DeserializationContext ctxt, Object reader, ToLongFunction<T> idOf) {
      @SuppressWarnings("unchecked")
      Seen<T> seen = (Seen<T>) ctxt.getAttribute(reader);
      if (seen == null) {
        seen = new Seen<>(idOf);
        ctxt.setAttribute(reader, seen);
      }
      return seen;
    }

    /**
     * The object read before with this {@code url} and {@code id}, the parser moved to the end
     * of the current one (the rest of it unread); {@code null} when there is none.
     */
    T skipIfSeen(JsonParser p, String url, long id) throws IOException {
      T known = byUrl.get(url);
      if (known == null || idOf.applyAsLong(known) != id) {
        return null;
      }
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        if (t == null) {
          throw JsonMappingException.from(p, "Unexpected end of input inside an object");
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          p.skipChildren();
        }
      }
      return known;
    }

    /** {@code built}, remembered under {@code url} when it has one. */
    T remember(String url, T built) {
      if (url != null) {
        byUrl.put(url, built);
      }
      return built;
    }
  }

  /** A stateless deserializer of one embedded type. */
  private abstract static class Ref<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    Ref(Class<T> type) {
      super(type);
    }

    @Override
    public boolean isCachable() {
      return true;
    }
  }

  private static final class ProjectRefs extends Ref<ProjectRef> {
    private static final long serialVersionUID = 1L;

    ProjectRefs() {
      super(ProjectRef.class);
    }

    @Override
    public ProjectRef deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      ImmutableProjectRef.Builder b = ImmutableProjectRef.builder();
      Seen<ProjectRef> seen = Seen.of(ctxt, this, ProjectRef::id);
      long id = -1;
      String url = null;
      for (JsonToken t = Read.firstField(p, ctxt, ProjectRef.class); t == JsonToken.FIELD_NAME;
          t = p.nextToken()) {
        String key = p.currentName();
        if (p.nextToken() == JsonToken.VALUE_NULL) {
          continue;
        }
        switch (key) {
          case "id" -> {
            id = Read.id(p, ctxt);
            b.id(id);
          }
          case "url" -> {
            url = Read.text(p, ctxt);
            ProjectRef known = seen.skipIfSeen(p, url, id);
            if (known != null) {
              return known;
            }
            b.url(url);
          }
          case "name" -> b.name(Read.text(p, ctxt));
          case "link_name" -> b.linkName(Read.text(p, ctxt));
          case "list_id" -> b.listId(Read.text(p, ctxt));
          case "list_email" -> b.listEmail(Read.text(p, ctxt));
          case "web_url" -> b.webUrl(Read.text(p, ctxt));
          case "scm_url" -> b.scmUrl(Read.text(p, ctxt));
          case "webscm_url" -> b.webscmUrl(Read.text(p, ctxt));
          case "list_archive_url" -> b.listArchiveUrl(Read.text(p, ctxt));
          case "list_archive_url_format" -> b.listArchiveUrlFormat(Read.text(p, ctxt));
          case "commit_url_format" -> b.commitUrlFormat(Read.text(p, ctxt));
          default -> ctxt.handleUnknownProperty(p, this, ProjectRef.class, key);
        }
      }
      return seen.remember(url, Read.build(p, ProjectRef.class, b::build));
    }
  }

  private static final class Submitters extends Ref<Submitter> {
    private static final long serialVersionUID = 1L;

    Submitters() {
      super(Submitter.class);
    }

    @Override
    public Submitter deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      ImmutableSubmitter.Builder b = ImmutableSubmitter.builder();
      Seen<Submitter> seen = Seen.of(ctxt, this, Submitter::id);
      long id = -1;
      String url = null;
      for (JsonToken t = Read.firstField(p, ctxt, Submitter.class); t == JsonToken.FIELD_NAME;
          t = p.nextToken()) {
        String key = p.currentName();
        if (p.nextToken() == JsonToken.VALUE_NULL) {
          continue;
        }
        switch (key) {
          case "id" -> {
            id = Read.id(p, ctxt);
            b.id(id);
          }
          case "url" -> {
            url = Read.text(p, ctxt);
            Submitter known = seen.skipIfSeen(p, url, id);
            if (known != null) {
              return known;
            }
            b.url(url);
          }
          case "name" -> b.name(Read.text(p, ctxt));
          case "email" -> b.email(Read.text(p, ctxt));
          case "user" -> b.user(USER.deserialize(p, ctxt));
          default -> ctxt.handleUnknownProperty(p, this, Submitter.class, key);
        }
      }
      return seen.remember(url, Read.build(p, Submitter.class, b::build));
    }
  }

  private static final class Users extends Ref<User> {
    private static final long serialVersionUID = 1L;

    Users() {
      super(User.class);
    }

    @Override
    public User deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      ImmutableUser.Builder b = ImmutableUser.builder();
      Seen<User> seen = Seen.of(ctxt, this, User::id);
      long id = -1;
      String url = null;
      for (JsonToken t = Read.firstField(p, ctxt, User.class); t == JsonToken.FIELD_NAME;
          t = p.nextToken()) {
        String key = p.currentName();
        if (p.nextToken() == JsonToken.VALUE_NULL) {
          continue;
        }
        switch (key) {
          case "id" -> {
            id = Read.id(p, ctxt);
            b.id(id);
          }
          case "url" -> {
            url = Read.text(p, ctxt);
            User known = seen.skipIfSeen(p, url, id);
            if (known != null) {
              return known;
            }
            b.url(url);
          }
          case "username" -> b.username(Read.text(p, ctxt));
          case "first_name" -> b.firstName(Read.text(p, ctxt));
          case "last_name" -> b.lastName(Read.text(p, ctxt));
          case "email" -> b.email(Read.text(p, ctxt));
          case "settings" -> b.settings(ctxt.readValue(p, UserSettings.class));
          default -> ctxt.handleUnknownProperty(p, this, User.class, key);
        }
      }
      return seen.remember(url, Read.build(p, User.class, b::build));
    }
  }

  private static final class SeriesRefs extends Ref<SeriesRef> {
    private static final long serialVersionUID = 1L;

    SeriesRefs() {
      super(SeriesRef.class);
    }

    @Override
    public SeriesRef deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      ImmutableSeriesRef.Builder b = ImmutableSeriesRef.builder();
      Seen<SeriesRef> seen = Seen.of(ctxt, this, SeriesRef::id);
      long id = -1;
      String url = null;
      for (JsonToken t = Read.firstField(p, ctxt, SeriesRef.class); t == JsonToken.FIELD_NAME;
          t = p.nextToken()) {
        String key = p.currentName();
        if (p.nextToken() == JsonToken.VALUE_NULL) {
          continue;
        }
        switch (key) {
          case "id" -> {
            id = Read.id(p, ctxt);
            b.id(id);
          }
          case "url" -> {
            url = Read.text(p, ctxt);
            SeriesRef known = seen.skipIfSeen(p, url, id);
            if (known != null) {
              return known;
            }
            b.url(url);
          }
          case "web_url" -> b.webUrl(Read.text(p, ctxt));
          case "date" -> b.date(Read.date(p, ctxt));
          case "name" -> b.name(Read.text(p, ctxt));
          case "version" -> b.version(Read.integer(p, ctxt));
          case "mbox" -> b.mbox(Read.text(p, ctxt));
          default -> ctxt.handleUnknownProperty(p, this, SeriesRef.class, key);
        }
      }
      return seen.remember(url, Read.build(p, SeriesRef.class, b::build));
    }
  }

  private static final class PatchRefs extends Ref<PatchRef> {
    private static final long serialVersionUID = 1L;

    PatchRefs() {
      super(PatchRef.class);
    }

    @Override
    public PatchRef deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      ImmutablePatchRef.Builder b = ImmutablePatchRef.builder();
      for (JsonToken t = Read.firstField(p, ctxt, PatchRef.class); t == JsonToken.FIELD_NAME;
          t = p.nextToken()) {
        String key = p.currentName();
        if (p.nextToken() == JsonToken.VALUE_NULL) {
          continue;
        }
        switch (key) {
          case "id" -> b.id(Read.id(p, ctxt));
          case "url" -> b.url(Read.text(p, ctxt));
          case "web_url" -> b.webUrl(Read.text(p, ctxt));
          case "msgid" -> b.msgid(Read.text(p, ctxt));
          case "list_archive_url" -> b.listArchiveUrl(Read.text(p, ctxt));
          case "date" -> b.date(Read.date(p, ctxt));
          case "name" -> b.name(Read.text(p, ctxt));
          case "mbox" -> b.mbox(Read.text(p, ctxt));
          default -> ctxt.handleUnknownProperty(p, this, PatchRef.class, key);
        }
      }
      return Read.build(p, PatchRef.class, b::build);
    }
  }

  private static final class CoverRefs extends Ref<CoverRef> {
    private static final long serialVersionUID = 1L;

    CoverRefs() {
      super(CoverRef.class);
    }

    @Override
    public CoverRef deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      ImmutableCoverRef.Builder b = ImmutableCoverRef.builder();
      for (JsonToken t = Read.firstField(p, ctxt, CoverRef.class); t == JsonToken.FIELD_NAME;
          t = p.nextToken()) {
        String key = p.currentName();
        if (p.nextToken() == JsonToken.VALUE_NULL) {
          continue;
        }
        switch (key) {
          case "id" -> b.id(Read.id(p, ctxt));
          case "url" -> b.url(Read.text(p, ctxt));
          case "web_url" -> b.webUrl(Read.text(p, ctxt));
          case "msgid" -> b.msgid(Read.text(p, ctxt));
          case "list_archive_url" -> b.listArchiveUrl(Read.text(p, ctxt));
          case "date" -> b.date(Read.date(p, ctxt));
          case "name" -> b.name(Read.text(p, ctxt));
          case "mbox" -> b.mbox(Read.text(p, ctxt));
          default -> ctxt.handleUnknownProperty(p, this, CoverRef.class, key);
        }
      }
      return Read.build(p, CoverRef.class, b::build);
    }
  }
}
