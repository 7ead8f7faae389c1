package io.github.patchwork4j.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.patchwork4j.client.error.AuthenticationException;
import io.github.patchwork4j.client.error.ConflictException;
import io.github.patchwork4j.client.error.DecodingException;
import io.github.patchwork4j.client.error.EndpointNotFoundException;
import io.github.patchwork4j.client.error.MethodNotAllowedException;
import io.github.patchwork4j.client.error.NotFoundException;
import io.github.patchwork4j.client.error.PatchworkException;
import io.github.patchwork4j.client.error.PermissionDeniedException;
import io.github.patchwork4j.client.error.RateLimitedException;
import io.github.patchwork4j.client.error.ServerException;
import io.github.patchwork4j.client.error.UnexpectedStatusException;
import io.github.patchwork4j.client.error.ValidationException;
import io.github.patchwork4j.model.ErrorBody;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an answer that is not a success into the exception of design.md's error table, with
 * the server's {@code detail}, field errors and a bounded, redacted body excerpt.
 *
 * <p>403 rule: a 403 to a request sent without credentials is an
 * {@link AuthenticationException} (the request needs them); with credentials it is an
 * {@link AuthenticationException} when the {@code detail} is one of Django REST framework's
 * authentication failures (see {@link #AUTH_FAILURES}), else a
 * {@link PermissionDeniedException}.
 */
public final class ErrorMapper {

  /** Lower-case beginnings of DRF's authentication failure messages. */
  static final List<String> AUTH_FAILURES =
      List.of(
          "invalid token",
          "invalid username/password",
          "user inactive or deleted",
          "authentication credentials were not provided",
          "invalid basic header",
          "invalid token header",
          "incorrect authentication credentials");

  private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final java.util.function.Supplier<ObjectMapper> mapper;
  private final Redactor redactor;
  private final java.time.Clock clock;

  /** A mapper that reads error bodies with the mapper {@code mapper} gives and redacts with {@code redactor}. */
  public ErrorMapper(java.util.function.Supplier<ObjectMapper> mapper, Redactor redactor, java.time.Clock clock) {
    this.mapper = mapper;
    this.redactor = redactor;
    this.clock = clock;
  }

  /** The exception for a non-2xx answer. */
  public PatchworkException toException(HttpResult r) {
    int status = r.status();
    String method = r.method();
    Optional<ErrorBody> error = errorBody(r);
    String detail = redactor.redact(error.flatMap(ErrorBody::detail).orElse(null));
    String body = redactor.redact(r.text());
    String where = method + " " + r.uri() + " → " + status;
    // The server's text usually ends with a full stop; the messages below add their own.
    String said = error.map(ErrorBody::summary).map(s -> s.strip().replaceAll("\\.+$", ""))
        .filter(s -> !s.isEmpty()).map(s -> ": " + redactor.redact(s))
        .orElseGet(() -> r.isHtml() ? " (HTML page" + title(r).map(t -> " \"" + t + "\"").orElse("") + ")" : "");
    switch (status) {
      case 400: {
        Map<String, List<String>> fields = error.map(ErrorBody::fieldErrors).orElse(Map.of());
        return new ValidationException(
            "The server rejected the request's data: " + where + said
                + ". Fix the values named in fieldErrors()/detail() and send it again.",
            method, r.uri(), status, detail, body, redactFields(fields));
      }
      case 403:
        if (!r.credentialsSent()) {
          return new AuthenticationException(
              "The server wants credentials for this: " + where + said
                  + ". Configure token(...) or basicAuth(...) on the PatchworkClient builder.",
              method, r.uri(), status, detail, body);
        }
        if (detail != null && detail.toLowerCase(Locale.ROOT).startsWith("authentication credentials were not provided")) {
          return new AuthenticationException(
              "The server saw no credentials although the client sent them: " + where + said
                  + ". A proxy in front of Patchwork drops the Authorization header; with Apache"
                  + " mod_wsgi, set \"WSGIPassAuthorization On\".",
              method, r.uri(), status, detail, body);
        }
        if (detail != null && isAuthFailure(detail)) {
          return new AuthenticationException(
              "The server refused the configured credentials: " + where + said
                  + ". Check the token (regenerating it on the web profile page replaces the old one)"
                  + " or the user name and password.",
              method, r.uri(), status, detail, body);
        }
        return new PermissionDeniedException(
            "The authenticated user may not do this: " + where + said
                + ". Patches can be changed by project maintainers, the patch's delegate and its"
                + " submitter; projects only by their maintainers; users only by themselves.",
            method, r.uri(), status, detail, body);
      case 404:
        if (r.request().expectJson() && !r.isJson()) {
          return new EndpointNotFoundException(
              "The server has no such API route: " + where + said
                  + ". Check that the base URL is the Patchwork site root, that the API version in"
                  + " use exists on this server, and that its REST API is enabled.",
              method, r.uri(), status, detail, body);
        }
        return new NotFoundException(
            "Not found: " + where + said + ".", method, r.uri(), status, detail, body);
      case 405:
        return new MethodNotAllowedException(
            "The server does not accept " + method + " here: " + where + said + ".",
            method, r.uri(), status, detail, body);
      case 409:
        return new ConflictException(
            "The server refused the change as conflicting: " + where + said + ".",
            method, r.uri(), status, detail, body);
      case 429: {
        Duration retryAfter = Transport.retryAfter(r.headers(), clock).orElse(null);
        return new RateLimitedException(
            "The server (or a proxy in front of it) asks to slow down: " + where + said
                + (retryAfter == null ? "" : "; Retry-After " + retryAfter.toSeconds() + " s")
                + ". Retry later or lower the request rate.",
            method, r.uri(), status, detail, body, retryAfter);
      }
      default:
        break;
    }
    if (status >= 500) {
      return new ServerException(
          "The server failed: " + where + said + ". This is a server-side problem"
              + (status == 500 ? " (Patchwork answers 500 to requests hitting one of its known bugs)" : "")
              + "; the body may say more.",
          method, r.uri(), status, detail, body);
    }
    String advice;
    if (status >= 300 && status < 400) {
      advice = ". The API does not redirect correct requests (Location: "
          + redactor.redact(r.header("Location").orElse("none"))
          + "); check the base URL (scheme, host, sub-path) and any proxy in front of the server.";
    } else if (status == 401) {
      advice = ". Patchwork itself never answers 401: something in front of it (a proxy or login"
          + " wall) wants credentials of its own.";
    } else {
      advice = ".";
    }
    return new UnexpectedStatusException(
        "Unexpected answer: " + where + said + advice, method, r.uri(), status, detail, body);
  }

  /** The exception for a successful answer that is not JSON where JSON was due. */
  public DecodingException notJson(HttpResult r) {
    return unexpectedPage(r, "JSON");
  }

  /**
   * The exception for a successful answer of another kind than the one due, e.g. an HTML page
   * where an mbox was due.
   *
   * @param expected what was due, e.g. {@code JSON} or {@code an mbox or diff}
   */
  public DecodingException unexpectedPage(HttpResult r, String expected) {
    String mt = r.mediaType().isEmpty() ? "no Content-Type" : r.mediaType();
    String text = redactor.redact(r.text());
    String start = text.strip();
    start = start.length() > 120 ? start.substring(0, 120) + "…" : start;
    return new DecodingException(
        "Expected " + expected + " from " + r.method() + " " + r.uri() + " but received " + mt
            + " (status " + r.status() + ", starting \"" + start.replaceAll("\\s+", " ") + "\"). The base"
            + " URL may not be the Patchwork site root, or a login page or proxy answered instead of"
            + " Patchwork: check baseUrl(...) by opening it in a browser.",
        r.method(), r.uri(), r.status(), text, null);
  }

  /**
   * The exception for JSON that does not have the expected shape. The parser's own exception
   * is not kept as the cause (its message may quote the body); its first line, redacted, is.
   */
  public DecodingException undecodable(HttpResult r, String expected, Exception cause) {
    return undecodable(r, expected, firstLine(cause.getMessage()));
  }

  /** The exception for JSON that does not have the expected shape, with the reason. */
  public DecodingException undecodable(HttpResult r, String expected, String reason) {
    return new DecodingException(
        "The answer to " + r.method() + " " + r.uri() + " is not " + expected + ": "
            + redactor.redact(reason)
            + ". The server may send something this SDK does not know; please report it with the body.",
        r.method(), r.uri(), r.status(), redactor.redact(r.text()), null);
  }

  /** The exception for an answer whose {@code Link} header or link cannot be followed. */
  public DecodingException badLink(HttpResult r, String problem) {
    return new DecodingException(
        "Cannot follow the pages of " + r.method() + " " + r.uri() + ": " + problem
            + ". Check the base URL; a proxy may rewrite the server's links.",
        r.method(), r.uri(), r.status(), null, null);
  }

  static boolean isAuthFailure(String detail) {
    String d = detail.toLowerCase(Locale.ROOT).strip();
    return AUTH_FAILURES.stream().anyMatch(d::startsWith);
  }

  private Optional<ErrorBody> errorBody(HttpResult r) {
    if (!r.isJson() || r.body().size() == 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(mapper.get().readValue(r.body().stream(), ErrorBody.class));
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  private Map<String, List<String>> redactFields(Map<String, List<String>> fields) {
    java.util.LinkedHashMap<String, List<String>> out = new java.util.LinkedHashMap<>();
    fields.forEach((k, v) -> out.put(k, v.stream().map(redactor::redact).toList()));
    return out;
  }

  private static Optional<String> title(HttpResult r) {
    Matcher m = TITLE.matcher(r.text());
    return m.find() ? Optional.of(m.group(1).strip().replaceAll("\\s+", " ")) : Optional.empty();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
