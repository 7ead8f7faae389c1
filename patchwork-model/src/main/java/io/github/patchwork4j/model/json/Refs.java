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

  private static final Object PROJECTS = new Object();
  private static final Object SUBMITTERS = new Object();
  private static final Object USERS = new Object();
  private static final Object SERIES_REFS = new Object();

  private Refs() {}

  /** The objects read so far in this {@code readValue} call under {@code key}, by URL. */
  private static <T> Map<String, T> seen(DeserializationContext ctxt, Object key) {
    @SuppressWarnings("unchecked")
    Map<String, T> seen = (Map<String, T>) ctxt.getAttribute(key);
    if (seen == null) {
      seen = new HashMap<>();
      ctxt.setAttribute(key, seen);
    }
    return seen;
  }

  /** Skips the rest of the object the parser is in; the current token becomes its end. */
  private static void skipRest(JsonParser p) throws IOException {
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      if (t == null) {
        throw JsonMappingException.from(p, "Unexpected end of input inside an object");
      }
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        p.skipChildren();
      }
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
      Map<String, ProjectRef> seen = seen(ctxt, PROJECTS);
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
            ProjectRef known = seen.get(url);
            if (known != null && known.id() == id) {
              skipRest(p);
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
      ProjectRef built = Read.build(p, ProjectRef.class, b::build);
      if (url != null) {
        seen.put(url, built);
      }
      return built;
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
      Map<String, Submitter> seen = seen(ctxt, SUBMITTERS);
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
            Submitter known = seen.get(url);
            if (known != null && known.id() == id) {
              skipRest(p);
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
      Submitter built = Read.build(p, Submitter.class, b::build);
      if (url != null) {
        seen.put(url, built);
      }
      return built;
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
      Map<String, User> seen = seen(ctxt, USERS);
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
            User known = seen.get(url);
            if (known != null && known.id() == id) {
              skipRest(p);
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
      User built = Read.build(p, User.class, b::build);
      if (url != null) {
        seen.put(url, built);
      }
      return built;
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
      Map<String, SeriesRef> seen = seen(ctxt, SERIES_REFS);
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
            SeriesRef known = seen.get(url);
            if (known != null && known.id() == id) {
              skipRest(p);
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
      SeriesRef built = Read.build(p, SeriesRef.class, b::build);
      if (url != null) {
        seen.put(url, built);
      }
      return built;
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
