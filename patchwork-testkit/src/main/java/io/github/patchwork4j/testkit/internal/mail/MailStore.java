package io.github.patchwork4j.testkit.internal.mail;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@link Intake} needs of a server's data to file a mail: lookups by address, list and
 * message id, and the inserts that emit the server's events. Implemented by the engine.
 */
public interface MailStore {

  /**
   * A project as mail sees it.
   *
   * @param id the project id
   * @param linkName its link name (dropped from subject prefixes)
   * @param listEmail its list address
   */
  record Project(long id, String linkName, String listEmail) {
  }

  /**
   * A series as grouping sees it.
   *
   * @param id the series id
   * @param submitter the submitter's person id
   * @param version the version
   * @param total the announced length
   * @param date the date of its first mail
   * @param name its name, or null
   * @param cover the id of its cover letter, or null
   */
  record Series(long id, long submitter, int version, int total, LocalDateTime date, String name, Long cover) {
  }

  /**
   * A submission to store: a patch (with {@code diff}/{@code pullUrl}), a cover or a comment.
   *
   * @param project the project id
   * @param msgid the message id
   * @param name the name (patch, cover) or null
   * @param date the date as stored
   * @param submitter the person id
   * @param content the text
   * @param headers the headers as the API shows them
   * @param subject the stored Subject header (comments)
   */
  record Submission(long project, String msgid, String name, LocalDateTime date, long submitter,
      String content, Map<String, Object> headers, String subject) {
  }

  /** The time of receipt, for mails without a readable date. */
  LocalDateTime now();

  /** The project of a list id: the one whose subject match finds the subject, else the one without a match. */
  Optional<Project> projectByListId(String listId, String cleanSubject);

  /** The person with that address (any case), created if new; a non-empty name replaces theirs. */
  long person(String name, String email);

  /** The state slug of a state name (any case), if the server has it. */
  Optional<String> stateSlug(String name);

  /** The user with that e-mail address (any case), if any. */
  OptionalLong userByEmail(String email);

  /** The patch of the project with that message id. */
  OptionalLong patchByMsgid(long project, String msgid);

  /** The patch that has a comment with that message id in the project. */
  OptionalLong patchOfComment(long project, String msgid);

  /** The cover of the project with that message id. */
  OptionalLong coverByMsgid(long project, String msgid);

  /** The cover that has a comment with that message id in the project. */
  OptionalLong coverOfComment(long project, String msgid);

  /** How many covers (of any project) have exactly this name. */
  int coversNamed(String name);

  /** Whether the patch or cover ({@code kind} "patch"/"cover") has a comment with that message id. */
  boolean commentExists(String kind, long owner, String msgid);

  /** Stores a patch (no series yet); emits {@code patch-created}. */
  long createPatch(Submission s, String diff, String pullUrl, String state, Long delegate);

  /** Stores a cover letter (no series yet); emits {@code cover-created}. */
  long createCover(Submission s);

  /** Stores a comment on a patch or cover; emits its {@code *-comment-created}. */
  long createComment(String kind, long owner, Submission s, Boolean addressed);

  /** The series a message id of the project was seen in. */
  OptionalLong seriesByReference(long project, String msgid);

  /** Remembers that a message id belongs to a series. */
  void addReference(long project, String msgid, long series);

  /** The series of the project by this submitter, version and total, dated within the range. */
  List<Series> seriesMatching(long project, long submitter, int version, int total, LocalDateTime from,
      LocalDateTime to);

  /** The series. */
  Series series(long id);

  /** The name of the series' patch with this number, if it has one. */
  Optional<String> patchName(long series, int number);

  /** Creates a series; emits {@code series-created}. */
  long createSeries(long project, LocalDateTime date, long submitter, int version, int total);

  /** Renames a series. */
  void renameSeries(long series, String name);

  /** Puts a patch into a series as number {@code number}; emits {@code patch-completed}/{@code series-completed}. */
  void addToSeries(long patch, long series, int number);

  /** Makes the cover the series' cover letter. */
  void linkCover(long series, long cover);
}
