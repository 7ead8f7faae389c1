package io.github.patchwork4j.client.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link FaultServer} does with one request: a well-formed answer or a fault at the
 * byte level. The factories here are the faults of the matrix.
 */
@FunctionalInterface
public interface Reply {

  /** Answers (or fails to answer) the exchange. */
  void reply(FaultServer.Exchange exchange) throws IOException, InterruptedException;

  /** True for a reply that acts on the connection before the request is read. */
  default boolean beforeRequest() {
    return false;
  }

  /** A complete answer with a {@code Content-Length}; the connection stays open. */
  static Reply answer(int status, Map<String, String> headers, byte[] body) {
    return ex -> {
      ex.write(head(status, headers, body.length));
      ex.write(body);
    };
  }

  /** A complete JSON answer. */
  static Reply json(int status, String body) {
    return json(status, Map.of(), body);
  }

  /** A complete JSON answer with extra headers. */
  static Reply json(int status, Map<String, String> headers, String body) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.putIfAbsent("Content-Type", "application/json");
    return answer(status, h, body.getBytes(StandardCharsets.UTF_8));
  }

  /** An HTML page with this status, as a proxy or a crashed server sends one. */
  static Reply html(int status) {
    return answer(status, Map.of("Content-Type", "text/html; charset=utf-8"),
        ("<!DOCTYPE html><html><head><title>" + status + " from the front end</title></head>"
            + "<body><h1>Something went wrong</h1></body></html>").getBytes(StandardCharsets.UTF_8));
  }

  /** A redirect to {@code location}. */
  static Reply redirect(int status, String location) {
    return answer(status, Map.of("Location", location, "Content-Type", "text/html"), new byte[0]);
  }

  /** A TCP reset as soon as the client starts sending, before the request is read. */
  static Reply resetBeforeRequest() {
    return new Reply() {
      @Override
      public void reply(FaultServer.Exchange ex) throws IOException {
        ex.reset();
      }

      @Override
      public boolean beforeRequest() {
        return true;
      }
    };
  }

  /** A TCP reset after the request was read in full, without a byte of answer. */
  static Reply resetAfterRequest() {
    return FaultServer.Exchange::reset;
  }

  /** The connection closed (FIN) after the request was read, without a byte of answer. */
  static Reply emptyReply() {
    return FaultServer.Exchange::close;
  }

  /** A chunked answer whose first chunk size is not hexadecimal, then a close. */
  static Reply malformedChunk() {
    return ex -> {
      ex.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "zz\r\n{\"id\": 1}\r\n0\r\n\r\n");
      ex.close();
    };
  }

  /** Bytes that are not HTTP at all, then a close. */
  static Reply garbageThenClose() {
    return ex -> {
      ex.write(new byte[] {0x16, 0x03, 0x01, 0x00, (byte) 0xa5, 0x01, 0x00, 0x00, (byte) 0xa1, 0x03, 0x03});
      ex.write("\r\n\r\nSSH-2.0-OpenSSH_9.2\r\n");
      ex.close();
    };
  }

  /** No answer at all: the connection stays open and silent until the client leaves. */
  static Reply stall() {
    return FaultServer.Exchange::stall;
  }

  /** The head and half of the body of a JSON answer, then silence until the client leaves. */
  static Reply stallMidBody(String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return ex -> {
      ex.write(head(200, Map.of("Content-Type", "application/json"), body.length));
      ex.write(Arrays.copyOf(body, body.length / 2));
      ex.stall();
    };
  }

  /**
   * A {@code Content-Length} shorter than the JSON: the length cuts the JSON in the middle, the
   * bytes it announces are sent and the connection closed (a front end that computed the length
   * of another body). What the client reads is well framed but not whole JSON.
   */
  static Reply shortContentLength(String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return ex -> {
      ex.write(head(200, Map.of("Content-Type", "application/json"), body.length / 2));
      ex.write(Arrays.copyOf(body, body.length / 2));
      ex.close();
    };
  }

  /**
   * As {@link #shortContentLength(String)}, but the rest of the JSON follows the announced
   * length on the same connection before it closes: stray bytes after a complete answer.
   */
  static Reply strayBytesAfterContentLength(String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return ex -> {
      ex.write(head(200, Map.of("Content-Type", "application/json"), body.length / 2));
      ex.write(body);
      ex.close();
    };
  }

  /** A well-framed JSON answer whose text stops in the middle of a value. */
  static Reply cutSyntax(String json) {
    return json(200, json.substring(0, json.length() / 2));
  }

  /** A {@code Content-Length} longer than the body sent, then a close: the answer ends early. */
  static Reply bodyShorterThanLength(String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return ex -> {
      ex.write(head(200, Map.of("Content-Type", "application/json"), body.length * 2L));
      ex.write(body);
      ex.close();
    };
  }

  /**
   * A JSON answer of {@code size} bytes ({@code {"id": 1, "name": "aaaa…"}}) streamed from a
   * small buffer, with a {@code Content-Length} when {@code declared}, else chunked. Nothing of
   * that size is ever held by the server.
   */
  static Reply huge(long size, boolean declared) {
    return ex -> {
      byte[] start = "{\"id\": 1, \"name\": \"".getBytes(StandardCharsets.US_ASCII);
      byte[] end = "\"}".getBytes(StandardCharsets.US_ASCII);
      byte[] filler = new byte[64 * 1024];
      Arrays.fill(filler, (byte) 'a');
      if (declared) {
        ex.write(head(200, Map.of("Content-Type", "application/json"), size));
        ex.write(start);
        for (long left = size - start.length - end.length; left > 0; left -= filler.length) {
          ex.write(left >= filler.length ? filler : Arrays.copyOf(filler, (int) left));
        }
        ex.write(end);
      } else {
        ex.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        ex.write(chunk(start));
        byte[] fillerChunk = chunk(filler);
        for (long left = size - start.length - end.length; left > 0; left -= filler.length) {
          ex.write(left >= filler.length ? fillerChunk : chunk(Arrays.copyOf(filler, (int) left)));
        }
        ex.write(chunk(end));
        ex.write("0\r\n\r\n");
      }
      ex.close();
    };
  }

  /** An HTTP/1.1 response head. */
  static String head(int status, Map<String, String> headers, long contentLength) {
    StringBuilder b = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
    headers.forEach((k, v) -> b.append(k).append(": ").append(v).append("\r\n"));
    return b.append("Content-Length: ").append(contentLength).append("\r\n\r\n").toString();
  }

  private static byte[] chunk(byte[] data) {
    byte[] size = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] out = Arrays.copyOf(size, size.length + data.length + 2);
    System.arraycopy(data, 0, out, size.length, data.length);
    out[out.length - 2] = '\r';
    out[out.length - 1] = '\n';
    return out;
  }

  private static String reason(int status) {
    switch (status) {
      case 200: return "OK";
      case 201: return "Created";
      case 301: return "Moved Permanently";
      case 302: return "Found";
      case 400: return "Bad Request";
      case 403: return "Forbidden";
      case 429: return "Too Many Requests";
      case 500: return "Internal Server Error";
      case 502: return "Bad Gateway";
      case 503: return "Service Unavailable";
      case 504: return "Gateway Timeout";
      default: return "Status";
    }
  }
}
