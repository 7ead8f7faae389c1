package io.github.patchwork4j.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.patchwork4j.model.ImmutablePatch;
import io.github.patchwork4j.model.MailHeaders;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.PatchRef;
import io.github.patchwork4j.model.SeriesRef;
import java.io.IOException;

/**
 * Reads a {@link Patch} (list or detail view) token by token straight into its builder. Keys it
 * does not know go to {@link DeserializationContext#handleUnknownProperty}, so they are skipped,
 * or fail when {@code FAIL_ON_UNKNOWN_PROPERTIES} is on.
 */
final class PatchDeserializer extends StdDeserializer<Patch> {

  private static final long serialVersionUID = 1L;

  PatchDeserializer() {
    super(Patch.class);
  }

  @Override
  public Patch deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    ImmutablePatch.Builder b = ImmutablePatch.builder();
    for (JsonToken t = Read.firstField(p, ctxt, Patch.class); t == JsonToken.FIELD_NAME;
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
        case "commit_ref" -> b.commitRef(Read.text(p, ctxt));
        case "pull_url" -> b.pullUrl(Read.text(p, ctxt));
        case "state" -> b.state(Read.patchState(p, ctxt));
        case "archived" -> b.archived(Read.bool(p, ctxt));
        case "hash" -> b.hash(Read.text(p, ctxt));
        case "submitter" -> b.submitter(Refs.SUBMITTER.deserialize(p, ctxt));
        case "delegate" -> b.delegate(Refs.USER.deserialize(p, ctxt));
        case "mbox" -> b.mbox(Read.text(p, ctxt));
        case "series" -> b.series(Read.list(p, ctxt, SeriesRef.class, Refs.SERIES));
        case "comments" -> b.comments(Read.text(p, ctxt));
        case "check" -> b.check(Read.checkState(p, ctxt));
        case "checks" -> b.checks(Read.text(p, ctxt));
        case "tags" -> b.tags(Read.integers(p, ctxt));
        case "related" -> b.related(Read.list(p, ctxt, PatchRef.class, Refs.PATCH));
        case "headers" -> b.headers(ctxt.readValue(p, MailHeaders.class));
        case "content" -> b.content(Read.text(p, ctxt));
        case "diff" -> b.diff(Read.text(p, ctxt));
        case "prefixes" -> b.prefixes(Read.texts(p, ctxt));
        default -> ctxt.handleUnknownProperty(p, this, Patch.class, key);
      }
    }
    return Read.build(p, Patch.class, b::build);
  }

  @Override
  public boolean isCachable() {
    return true;
  }
}
