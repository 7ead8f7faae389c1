package io.github.patchwork4j.client.internal;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * An answer as received: the request it answers, status, headers, the whole body, and
 * whether credentials were sent with it.
 *
 * @param request the request
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the body (empty, never null)
 * @param credentialsSent true when an {@code Authorization} header went with the request
 * @param stream a download's body not read yet (then {@code body} is empty), or {@code null}
 */
public record HttpResult(
    ApiRequest request, int status, HttpHeaders headers, Body body, boolean credentialsSent,
    BodyStream stream) {

  /** An answer whose body was read. */
  public HttpResult(ApiRequest request, int status, HttpHeaders headers, Body body, boolean credentialsSent) {
    this(request, status, headers, body, credentialsSent, null);
  }

  /** The media type without parameters, lower case ({@code application/json}), or "". */
  public String mediaType() {
    String ct = headers.firstValue("Content-Type").orElse("");
    int semi = ct.indexOf(';');
    return (semi < 0 ? ct : ct.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  /** True when the answer says it is JSON ({@code application/json} or {@code …+json}). */
  public boolean isJson() {
    String mt = mediaType();
    return mt.equals("application/json") || mt.endsWith("+json");
  }

  /** True for an HTML answer. */
  public boolean isHtml() {
    String mt = mediaType();
    return mt.equals("text/html") || mt.equals("application/xhtml+xml");
  }

  /** The charset the answer names, UTF-8 when it names none or an unknown one. */
  public Charset charset() {
    String ct = headers.firstValue("Content-Type").orElse("");
    for (String part : ct.split(";")) {
      String p = part.trim();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        try {
          return Charset.forName(p.substring(8).replace("\"", "").trim());
        } catch (RuntimeException e) {
          return StandardCharsets.UTF_8;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** The body as text in the answer's charset. */
  public String text() {
    return new String(body.bytes(), charset());
  }

  /** The first value of a header. */
  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  /** The method of the request. */
  public String method() {
    return request.method();
  }

  /** The URL of the request. */
  public URI uri() {
    return request.uri();
  }
}
