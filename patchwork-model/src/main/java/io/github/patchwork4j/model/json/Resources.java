package io.github.patchwork4j.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.patchwork4j.model.Check;
import io.github.patchwork4j.model.Comment;
import io.github.patchwork4j.model.Cover;
import io.github.patchwork4j.model.ImmutableCheck;
import io.github.patchwork4j.model.ImmutableComment;
import io.github.patchwork4j.model.ImmutableCover;
import io.github.patchwork4j.model.ImmutableSeries;
import io.github.patchwork4j.model.MailHeaders;
import io.github.patchwork4j.model.PatchRef;
import io.github.patchwork4j.model.Series;
import io.github.patchwork4j.model.SeriesRef;
import java.io.IOException;

/**
 * Streaming deserializers for the listed resources besides patches: cover letters, series,
 * checks and comments. Like {@link PatchDeserializer}, each reads token by token into its
 * builder; unknown keys go to {@link DeserializationContext#handleUnknownProperty}; JSON {@code
 * null} reads as absent.
 */
final class Resources {

  static final StdDeserializer<Cover> COVER = new Covers();
  static final StdDeserializer<Series> SERIES = new SeriesReader();
  static final StdDeserializer<Check> CHECK = new Checks();
  static final StdDeserializer<Comment> COMMENT = new Comments();

  private Resources() {}

  /** A stateless deserializer of one resource type. */
  private abstract static class Resource<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    Resource(Class<T> type) {
      super(type);
    }

    @Override
    public boolean isCachable() {
      return true;
    }
  }

  private static final class Covers extends Resource<Cover> {
    private static final long serialVersionUID = 1L;

    Covers() {
      super(Cover.class);
    }

    @Override
    public Cover deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      ImmutableCover.Builder b = ImmutableCover.builder();
      for (JsonToken t = Read.firstField(p, ctxt, Cover.class); t == JsonToken.FIELD_NAME;
          t = p.nextToken()) {
        String key = p.currentName();
        if (p.nextToken() == JsonToken.VALUE_NULL) {
          continue;
        }
        switch (key) {
          case "id" -> b.id(Read.id(p, ctxt));
          case "url" -> b.url(Read.text(p, ctxt));
          case "web_url" -> b.webUrl(Read.text(p, ctxt));
          case "project" -> b.project(Refs.PROJECT.deserialize(p, ctxt));
          case "msgid" -> b.msgid(Read.text(p, ctxt));
          case "list_archive_url" -> b.listArchiveUrl(Read.text(p, ctxt));
          case "date" -> b.date(Read.date(p, ctxt));
          case "name" -> b.name(Read.text(p, ctxt));
          case "submitter" -> b.submitter(Refs.SUBMITTER.deserialize(p, ctxt));
          case "mbox" -> b.mbox(Read.text(p, ctxt));
          case "series" -> b.series(Read.list(p, ctxt, SeriesRef.class, Refs.SERIES));
          case "comments" -> b.comments(Read.text(p, ctxt));
          case "headers" -> b.headers(ctxt.readValue(p, MailHeaders.class));
          case "content" -> b.content(Read.text(p, ctxt));
          default -> ctxt.handleUnknownProperty(p, this, Cover.class, key);
        }
      }
      return Read.build(p, Cover.class, b::build);
    }
  }

  private static final class SeriesReader extends Resource<Series> {
    private static final long serialVersionUID = 1L;

    SeriesReader() {
      super(Series.class);
    }

    @Override
    public Series deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      ImmutableSeries.Builder b = ImmutableSeries.builder();
      for (JsonToken t = Read.firstField(p, ctxt, Series.class); t == JsonToken.FIELD_NAME;
          t = p.nextToken()) {
        String key = p.currentName();
        if (p.nextToken() == JsonToken.VALUE_NULL) {
          continue;
        }
        switch (key) {
          case "id" -> b.id(Read.id(p, ctxt));
          case "url" -> b.url(Read.text(p, ctxt));
          case "web_url" -> b.webUrl(Read.text(p, ctxt));
          case "project" -> b.project(Refs.PROJECT.deserialize(p, ctxt));
          case "name" -> b.name(Read.text(p, ctxt));
          case "date" -> b.date(Read.date(p, ctxt));
          case "submitter" -> b.submitter(Refs.SUBMITTER.deserialize(p, ctxt));
          case "version" -> b.version(Read.integer(p, ctxt));
          case "total" -> b.total(Read.integer(p, ctxt));
          case "received_total" -> b.receivedTotal(Read.integer(p, ctxt));
          case "received_all" -> b.receivedAll(Read.bool(p, ctxt));
          case "mbox" -> b.mbox(Read.text(p, ctxt));
          case "cover_letter" -> b.coverLetter(Refs.COVER.deserialize(p, ctxt));
          case "patches" -> b.patches(Read.list(p, ctxt, PatchRef.class, Refs.PATCH));
          case "dependencies" -> b.dependencies(Read.texts(p, ctxt));
          case "dependents" -> b.dependents(Read.texts(p, ctxt));
          default -> ctxt.handleUnknownProperty(p, this, Series.class, key);
        }
      }
      return Read.build(p, Series.class, b::build);
    }
  }

  private static final class Checks extends Resource<Check> {
    private static final long serialVersionUID = 1L;

    Checks() {
      super(Check.class);
    }

    @Override
    public Check deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      ImmutableCheck.Builder b = ImmutableCheck.builder();
      for (JsonToken t = Read.firstField(p, ctxt, Check.class); t == JsonToken.FIELD_NAME;
          t = p.nextToken()) {
        String key = p.currentName();
        if (p.nextToken() == JsonToken.VALUE_NULL) {
          continue;
        }
        switch (key) {
          case "id" -> b.id(Read.id(p, ctxt));
          case "url" -> b.url(Read.text(p, ctxt));
          case "user" -> b.user(Refs.USER.deserialize(p, ctxt));
          case "date" -> b.date(Read.date(p, ctxt));
          case "state" -> b.state(Read.checkState(p, ctxt));
          case "target_url" -> b.targetUrl(Read.text(p, ctxt));
          case "context" -> b.context(Read.text(p, ctxt));
          case "description" -> b.description(Read.text(p, ctxt));
          default -> ctxt.handleUnknownProperty(p, this, Check.class, key);
        }
      }
      return Read.build(p, Check.class, b::build);
    }
  }

  private static final class Comments extends Resource<Comment> {
    private static final long serialVersionUID = 1L;

    Comments() {
      super(Comment.class);
    }

    @Override
    public Comment deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      ImmutableComment.Builder b = ImmutableComment.builder();
      for (JsonToken t = Read.firstField(p, ctxt, Comment.class); t == JsonToken.FIELD_NAME;
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
          case "subject" -> b.subject(Read.text(p, ctxt));
          case "submitter" -> b.submitter(Refs.SUBMITTER.deserialize(p, ctxt));
          case "content" -> b.content(Read.text(p, ctxt));
          case "headers" -> b.headers(ctxt.readValue(p, MailHeaders.class));
          case "addressed" -> b.addressed(Read.bool(p, ctxt));
          default -> ctxt.handleUnknownProperty(p, this, Comment.class, key);
        }
      }
      return Read.build(p, Comment.class, b::build);
    }
  }
}
