package io.github.patchwork4j.model.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
 *       with a zone, or any other text, is a {@code JsonMappingException} that says so.
 *   <li><b>Writing.</b> A model object written and read back is equal to the original, and an
 *       object read from a server's detail view writes back to the same JSON tree. An empty
 *       {@code Optional} is written as {@code null} when the server sends that key in every view
 *       of every version it exists in and sends {@code null} for "none" (for example a patch's
 *       {@code delegate}, {@code commit_ref}, {@code pull_url}, {@code hash}, {@code
 *       list_archive_url}; a series' {@code name} and {@code cover_letter}; a check's {@code
 *       target_url} and {@code description}; an event's {@code actor}; a person's {@code name}; a
 *       comment's {@code content} and {@code addressed}). It is <em>omitted</em> when older API
 *       versions or list views do not send the key at all ({@code web_url}, {@code comments}, a
 *       cover's {@code mbox}, a comment's {@code url}, a project's {@code subject_match}, {@code
 *       list_archive_url*}, {@code commit_url_format} and {@code show_dependencies}, a user's
 *       {@code settings}, a person's {@code user}, a series' {@code dependencies}/{@code
 *       dependents}, and the detail-only {@code headers}, {@code content}, {@code diff}, {@code
 *       prefixes} of patches and covers). Each accessor's Javadoc says which rule applies. Dates
 *       are written as the server writes them: no fraction when there is none, else six digits.
 * </ul>
 *
 * <p>Where the server's JSON tells "absent" and "null" apart but the model cannot (a person's
 * {@code user} is {@code null} in {@code /people/}, absent when embedded; a pull request's {@code
 * diff} is {@code null}), such a key is omitted on writing; reading that JSON gives the same
 * object.
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
        .addModule(new JavaTimeModule())
        .addModule(module())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  /**
   * The Jackson module with the server's date format, for a caller who configures its own mapper
   * (which then also needs the {@code jdk8} module and leniency on unknown keys; prefer {@link
   * #mapper()}).
   *
   * @return a new module that reads and writes {@code LocalDateTime} as Patchwork does
   */
  public static Module module() {
    SimpleModule module = new SimpleModule("patchwork4j");
    module.addSerializer(LocalDateTime.class, new NaiveDateTimes.Serializer());
    module.addDeserializer(LocalDateTime.class, new NaiveDateTimes.Deserializer());
    return module;
  }
}
