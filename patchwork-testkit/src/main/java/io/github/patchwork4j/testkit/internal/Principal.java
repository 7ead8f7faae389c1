package io.github.patchwork4j.testkit.internal;

import java.util.Set;

/**
 * Who a request comes from, as the server's permission checks see it: nobody, or a user with the
 * projects that user maintains.
 */
sealed interface Principal permits Principal.Anonymous, Principal.Member {

  /** No credentials (or a scheme the server ignores). */
  Anonymous ANONYMOUS = new Anonymous();

  /** A request without a user. */
  record Anonymous() implements Principal {
  }

  /**
   * An authenticated user.
   *
   * @param id the user's id
   * @param maintained the ids of the projects the user maintains
   */
  record Member(int id, Set<Integer> maintained) implements Principal {
    public Member {
      maintained = Set.copyOf(maintained);
    }
  }

  default boolean anonymous() {
    return this instanceof Anonymous;
  }

  /** True when this is the user with that id. */
  default boolean is(int userId) {
    return this instanceof Member m && m.id() == userId;
  }

  /** True when this is a user who maintains the project. */
  default boolean maintains(int projectId) {
    return this instanceof Member m && m.maintained().contains(projectId);
  }
}
