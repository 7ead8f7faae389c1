package io.github.patchwork4j.testkit.internal;

import java.util.function.Function;

/**
 * A value, or the answer that ends the request instead (a 400 with field errors, a 403, a 404, an
 * error page). Steps of a handler return one; the handler returns the answer of the first step
 * that failed.
 *
 * @param <T> the value of a step that succeeded
 */
sealed interface Result<T> permits Result.Ok, Result.Fail {

  /** A step that gave its value. */
  record Ok<T>(T value) implements Result<T> {
  }

  /** A step that ended the request with this answer. */
  record Fail<T>(Reply reply) implements Result<T> {
  }

  static <T> Result<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Result<T> fail(Reply reply) {
    return new Fail<>(reply);
  }

  /** The value when present, else the given answer. */
  static <T> Result<T> orFail(T value, Reply reply) {
    return value != null ? ok(value) : fail(reply);
  }

  /** This result's value run through the next step; a failure passes through unchanged. */
  default <U> Result<U> then(Function<T, Result<U>> next) {
    if (this instanceof Ok<T> ok) {
      return next.apply(ok.value());
    }
    return fail(((Fail<T>) this).reply());
  }

  /** The answer of this request: the value turned into one, or the failure's answer. */
  default Reply reply(Function<T, Reply> answer) {
    if (this instanceof Ok<T> ok) {
      return answer.apply(ok.value());
    }
    return ((Fail<T>) this).reply();
  }
}
