package io.github.patchwork4j.client.faults;

import io.github.patchwork4j.client.error.DecodingException;
import io.github.patchwork4j.client.error.PatchworkException;
import io.github.patchwork4j.client.error.RateLimitedException;
import io.github.patchwork4j.client.error.ServerException;
import io.github.patchwork4j.client.error.TransportException;
import java.util.Map;
import java.util.function.Function;

/**
 * The faults of the matrix: what the server does to one answer, the exception a call ends
 * with when the fault persists (or is not retryable), and whether an idempotent call is
 * retried past it.
 */
enum Fault {
  RESET_BEFORE_REQUEST(TransportException.class, true, false, body -> Reply.resetBeforeRequest()),
  RESET_AFTER_REQUEST(TransportException.class, true, true, body -> Reply.resetAfterRequest()),
  EMPTY_REPLY(TransportException.class, true, true, body -> Reply.emptyReply()),
  MALFORMED_CHUNK(TransportException.class, true, true, body -> Reply.malformedChunk()),
  GARBAGE_THEN_CLOSE(TransportException.class, true, true, body -> Reply.garbageThenClose()),
  BODY_SHORTER_THAN_CONTENT_LENGTH(TransportException.class, true, true, Reply::bodyShorterThanLength),
  STALL_PAST_ATTEMPT_TIMEOUT(TransportException.class, true, true, body -> Reply.stall()),
  STALL_MID_BODY(TransportException.class, true, true, Reply::stallMidBody),
  BAD_GATEWAY_502(ServerException.class, true, true, body -> Reply.html(502)),
  UNAVAILABLE_503(ServerException.class, true, true, body -> Reply.html(503)),
  GATEWAY_TIMEOUT_504(ServerException.class, true, true, body -> Reply.html(504)),
  RATE_LIMITED_429_RETRY_AFTER_SECONDS(RateLimitedException.class, true, true,
      body -> Reply.json(429, Map.of("Retry-After", "2"), "{\"detail\": \"Request was throttled.\"}")),
  SERVER_ERROR_500_HTML(ServerException.class, false, true, body -> Reply.html(500)),
  HTML_200(DecodingException.class, false, true, body -> Reply.html(200)),
  CONTENT_LENGTH_CUTS_THE_JSON(DecodingException.class, false, true, Reply::shortContentLength),
  STRAY_BYTES_AFTER_CONTENT_LENGTH(DecodingException.class, false, true, Reply::strayBytesAfterContentLength),
  JSON_CUT_MID_VALUE(DecodingException.class, false, true, Reply::cutSyntax),
  JSON_NULL(DecodingException.class, false, true, body -> Reply.json(200, "null")),
  JSON_ARRAY_WHERE_AN_OBJECT_IS_DUE(DecodingException.class, false, true, body -> Reply.json(200, "[" + body + "]"));

  /** The exception a call ends with when this fault is all it gets. */
  final Class<? extends PatchworkException> failure;
  /** Whether a GET (or another idempotent call) is retried past it. */
  final boolean retried;
  /** Whether the request was read by the server before the fault. */
  final boolean requestRead;
  private final Function<String, Reply> reply;

  Fault(Class<? extends PatchworkException> failure, boolean retried, boolean requestRead,
      Function<String, Reply> reply) {
    this.failure = failure;
    this.retried = retried;
    this.requestRead = requestRead;
    this.reply = reply;
  }

  /** Whether the fault is a silence that only the attempt timeout ends. */
  boolean stalls() {
    return this == STALL_PAST_ATTEMPT_TIMEOUT || this == STALL_MID_BODY;
  }

  /** The faulty reply in place of the good JSON answer {@code body}. */
  Reply reply(String body) {
    return reply.apply(body);
  }
}
