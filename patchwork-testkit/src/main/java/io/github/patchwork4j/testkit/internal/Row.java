package io.github.patchwork4j.testkit.internal;

/** A stored object of one kind, immutable; a change stores a new row under the same id. */
interface Row {

  /** The primary key. */
  int id();
}
