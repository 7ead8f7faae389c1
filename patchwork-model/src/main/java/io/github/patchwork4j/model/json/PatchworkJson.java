package io.github.patchwork4j.model.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.patchwork4j.model.Check;
import io.github.patchwork4j.model.Comment;
import io.github.patchwork4j.model.Cover;
import io.github.patchwork4j.model.CoverRef;
import io.github.patchwork4j.model.ImmutableCheck;
import io.github.patchwork4j.model.ImmutableComment;
import io.github.patchwork4j.model.ImmutableCover;
import io.github.patchwork4j.model.ImmutableCoverRef;
import io.github.patchwork4j.model.ImmutablePatch;
import io.github.patchwork4j.model.ImmutablePatchRef;
import io.github.patchwork4j.model.ImmutableProjectRef;
import io.github.patchwork4j.model.ImmutableSeries;
import io.github.patchwork4j.model.ImmutableSeriesRef;
import io.github.patchwork4j.model.ImmutableSubmitter;
import io.github.patchwork4j.model.ImmutableUser;
import io.github.patchwork4j.model.MailHeaders;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.PatchRef;
import io.github.patchwork4j.model.ProjectRef;
import io.github.patchwork4j.model.Series;
import io.github.patchwork4j.model.SeriesRef;
import io.github.patchwork4j.model.Submitter;
import io.github.patchwork4j.model.User;
import io.github.patchwork4j.model.event.Event;
import java.time.LocalDateTime;

/**
 * The JSON mapping of the patchwork4j model.
 *
 * <p>{@link #mapper()} reads leniently and writes exactly:
 *
 * <ul>
 *   <li><b>Reading.</b> Keys the model does not know are ignored (a newer server may add some).
 *       An absent key and JSON {@code null} both read as an empty {@code Optional}, an empty
 *       collection, or the documented default. Dates are naive ISO 8601 ({@code
 *       2026-04-21T20:20:57}, optionally with microseconds) read as {@code LocalDateTime}; a date
 *       with a zone, or any other text, is a {@code JsonMappingException} that says so. Events
 *       are read by {@code category} into their typed class, or an {@code UnknownEvent}.
 *   <li><b>Writing.</b> A model object written and read back is equal to the original, and an
 *       object read from the server writes back to the same JSON tree, except for the cases
 *       listed below. The rule for an empty {@code Optional} or collection:
 *       <ul>
 *         <li>written as {@code null} (or {@code []}, {@code {}}) when every view of every
 *             version that has the key sends it: a patch's {@code delegate}, {@code
 *             commit_ref}, {@code pull_url}, {@code hash}, {@code list_archive_url}, {@code
 *             related}, {@code tags}; a series' {@code name} and {@code cover_letter}; a check's
 *             {@code target_url} and {@code description}; an event's {@code actor}; a person's
 *             {@code name}; a comment's {@code content}, {@code headers} and {@code addressed};
 *         <li>omitted when older API versions do not send the key and it is never {@code null}
 *             where they do: {@code web_url}, {@code comments}, a cover's {@code mbox}, a
 *             comment's {@code url}, a project's {@code subject_match}, {@code
 *             list_archive_url}, {@code list_archive_url_format}, {@code commit_url_format},
 *             {@code show_dependencies}, a user's {@code settings}, a series' {@code
 *             dependencies}/{@code dependents}, a person's {@code user};
 *         <li>the detail-only keys of patches ({@code headers}, {@code content}, {@code diff},
 *             {@code prefixes}) and covers ({@code headers}, {@code content}) are written all
 *             together, as the detail view has them, when any of them is non-empty ({@code
 *             isDetail()}), and all omitted otherwise, as in the list view.
 *       </ul>
 *       Dates are written as the server writes them: no fraction when there is none, else six
 *       digits (nine only for a value with nanoseconds).
 * </ul>
 *
 * <p>Where the server's JSON tells "absent" and "null" (or "[]") apart but the model cannot, the
 * written JSON differs from the server's and reads back equal: a person's {@code user: null} of
 * {@code /people/} is omitted; {@code addressed: null} is written for a comment read from API
 * 1.1/1.2, and {@code related: []} for a patch from a {@code PATCH} answer that left it out; an
 * empty 1.4 {@code dependencies: []} is omitted; an {@link io.github.patchwork4j.model.ErrorBody}
 * whose {@code detail} was an array writes it as one string.
 */
public final class PatchworkJson {

  private PatchworkJson() {}

  /**
   * A new, fully configured mapper for every model type. Each call returns a fresh instance, so a
   * caller may reconfigure its copy (e.g. enable {@code FAIL_ON_UNKNOWN_PROPERTIES} in a test)
   * without affecting anyone else. Mappers are thread-safe once configured: create one and keep
   * it.
   *
   * @return a mapper that ignores unknown keys and writes dates as the server does
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(module())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  /**
   * The Jackson module with the server's date format and the reading of events by category, for
   * a caller who configures its own mapper (which then also needs the {@code jdk8} module and
   * leniency on unknown keys; prefer {@link #mapper()}). Without it, dates are not read as the
   * server writes them and events cannot be read at all.
   *
   * @return a new module for {@code LocalDateTime} and {@link Event}
   */
  public static Module module() {
    SimpleModule module = new SimpleModule("patchwork4j");
    module.setDeserializers(new ModelDeserializers());
    module.addSerializer(LocalDateTime.class, new NaiveDateTimes.Serializer());
    module.addSerializer(Event.class, new EventSerializer());
    return module;
  }

  /**
   * Dates, every {@link Event} type (the interface and each category's type), and the streaming
   * readers of patches, cover letters, series, checks, comments and the refs they embed.
   */
  private static final class ModelDeserializers extends SimpleDeserializers {
    private static final long serialVersionUID = 1L;

    ModelDeserializers() {
      addDeserializer(LocalDateTime.class, new NaiveDateTimes.Deserializer());
      addDeserializer(MailHeaders.class, new MailHeadersDeserializer());
      both(Patch.class, ImmutablePatch.class, new PatchDeserializer());
      both(ProjectRef.class, ImmutableProjectRef.class, Refs.PROJECT);
      both(Submitter.class, ImmutableSubmitter.class, Refs.SUBMITTER);
      both(User.class, ImmutableUser.class, Refs.USER);
      both(SeriesRef.class, ImmutableSeriesRef.class, Refs.SERIES);
      both(PatchRef.class, ImmutablePatchRef.class, Refs.PATCH);
      both(CoverRef.class, ImmutableCoverRef.class, Refs.COVER);
      both(Cover.class, ImmutableCover.class, Resources.COVER);
      both(Series.class, ImmutableSeries.class, Resources.SERIES);
      both(Check.class, ImmutableCheck.class, Resources.CHECK);
      both(Comment.class, ImmutableComment.class, Resources.COMMENT);
    }

    /** The abstract type and its Immutables class, which its {@code @JsonDeserialize} names. */
    private <T> void both(Class<T> type, Class<? extends T> immutable,
        JsonDeserializer<? extends T> deserializer) {
      addDeserializer(type, deserializer);
      @SuppressWarnings("unchecked")
      Class<T> raw = (Class<T>) immutable;
      @SuppressWarnings("unchecked")
      JsonDeserializer<T> same = (JsonDeserializer<T>) deserializer;
      addDeserializer(raw, same);
    }

    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) throws JsonMappingException {
      if (Event.class.isAssignableFrom(type.getRawClass())) {
        return new EventDeserializer(type.getRawClass());
      }
      return super.findBeanDeserializer(type, config, beanDesc);
    }
  }
}
