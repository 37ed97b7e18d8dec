package dev.newsbrief.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before any route runs (a NUL or "..;" in a path, a garbage request
 * line, a header too large), answered as the API answers: a JSON body {@code {"error": ...}} in UTF-8
 * with the same security headers, instead of Jetty's ISO-8859-1 HTML page.
 */
final class JsonErrors extends ErrorHandler {
  /** The headers every answer carries (also set by the routes' guard). */
  static final Map<String, String> HEADERS = Map.of(
      "Content-Security-Policy", WebServer.CSP,
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY",
      "Referrer-Policy", "no-referrer",
      "Cross-Origin-Opener-Policy", "same-origin",
      "Cross-Origin-Resource-Policy", "same-origin",
      "Permissions-Policy", "camera=(), microphone=(), geolocation=()");

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                  Callback callback) {
    HttpFields.Mutable headers = response.getHeaders();
    HEADERS.forEach(headers::put);
    headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, body(code, message), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    HEADERS.forEach(fields::put);
    fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    fields.put(HttpHeader.CACHE_CONTROL, "no-store");
    return body(status, reason);
  }

  private static ByteBuffer body(int status, String reason) {
    String error = status + " " + (reason == null || reason.isBlank() ? "bad request" : reason);
    return ByteBuffer.wrap(Views.error(error).toString().getBytes(StandardCharsets.UTF_8));
  }
}
