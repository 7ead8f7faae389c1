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
  RESET_BEFORE_REQUEST(TransportException.class, true, false, null, body -> Reply.resetBeforeRequest()),
  RESET_AFTER_REQUEST(TransportException.class, true, true, null, body -> Reply.resetAfterRequest()),
  EMPTY_REPLY(TransportException.class, true, true, null, body -> Reply.emptyReply()),
  MALFORMED_CHUNK(TransportException.class, true, true, null, body -> Reply.malformedChunk()),
  GARBAGE_THEN_CLOSE(TransportException.class, true, true, null, body -> Reply.garbageThenClose()),
  BODY_SHORTER_THAN_CONTENT_LENGTH(TransportException.class, true, true, null, Reply::bodyShorterThanLength),
  STALL_PAST_ATTEMPT_TIMEOUT(TransportException.class, true, true, "attempt timeout", body -> Reply.stall()),
  STALL_MID_BODY(TransportException.class, true, true, "attempt timeout", Reply::stallMidBody),
  BAD_GATEWAY_502(ServerException.class, true, true, "502 from the front end", body -> Reply.html(502)),
  UNAVAILABLE_503(ServerException.class, true, true, "503 from the front end", body -> Reply.html(503)),
  GATEWAY_TIMEOUT_504(ServerException.class, true, true, "504 from the front end", body -> Reply.html(504)),
  RATE_LIMITED_429_RETRY_AFTER_SECONDS(RateLimitedException.class, true, true, "throttled",
      body -> Reply.json(429, Map.of("Retry-After", "2"), "{\"detail\": \"Request was throttled.\"}")),
  SERVER_ERROR_500_HTML(ServerException.class, false, true, "500 from the front end", body -> Reply.html(500)),
  HTML_200(DecodingException.class, false, true, "text/html", body -> Reply.html(200)),
  CONTENT_LENGTH_CUTS_THE_JSON(DecodingException.class, false, true, null, Reply::shortContentLength),
  STRAY_BYTES_AFTER_CONTENT_LENGTH(DecodingException.class, false, true, null, Reply::strayBytesAfterContentLength),
  JSON_CUT_MID_VALUE(DecodingException.class, false, true, null, Reply::cutSyntax),
  JSON_NULL(DecodingException.class, false, true, null, body -> Reply.json(200, "null")),
  JSON_ARRAY_WHERE_AN_OBJECT_IS_DUE(DecodingException.class, false, true, null, body -> Reply.json(200, "[" + body + "]"));

  /** The exception a call ends with when this fault is all it gets. */
  final Class<? extends PatchworkException> failure;
  /** Whether a GET (or another idempotent call) is retried past it. */
  final boolean retried;
  /** Whether the request was read by the server before the fault. */
  final boolean requestRead;
  /** What the exception's message says about the fault, or null where it says nothing fixed. */
  final String says;
  private final Function<String, Reply> reply;

  Fault(Class<? extends PatchworkException> failure, boolean retried, boolean requestRead, String says,
      Function<String, Reply> reply) {
    this.failure = failure;
    this.retried = retried;
    this.requestRead = requestRead;
    this.says = says;
    this.reply = reply;
  }

  /** True when the exception is this fault's, its message saying what it should. */
  boolean reportedBy(Throwable t) {
    return failure.isInstance(t) && (says == null || String.valueOf(t.getMessage()).contains(says));
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
