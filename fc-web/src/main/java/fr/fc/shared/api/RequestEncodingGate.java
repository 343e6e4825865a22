package fr.fc.shared.api;

import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses, before anything decodes it, a request whose query is not valid percent-encoded UTF-8, or
 * whose body is not of one media type in a charset this JVM has: the container and JAX-RS would fail
 * on it later with an exception, that is a 500. It gets 400 in fc's words, and its refusal is audited.
 */
public class RequestEncodingGate extends HttpFilter {

  private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+\\s*(;.*)?");
  private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]*)");

  @Inject private AuditedRefusals refusals;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String unreadable = unreadablePart(request);
    if (unreadable == null) {
      chain.doFilter(request, response);
      return;
    }
    GateRefusal.send(refusals, request, response, new FcException(FcError.REQUEST_ENCODING_INVALID, unreadable));
  }

  /** The part of the request that cannot be decoded, or null. */
  static String unreadablePart(HttpServletRequest request) {
    if (!isPercentEncodedUtf8(request.getQueryString())) {
      return "query";
    }
    if (!isSingleMediaType(request.getContentType())) {
      return "content type";
    }
    return isSupportedCharset(request.getContentType()) ? null : "charset";
  }

  static boolean isPercentEncodedUtf8(String query) {
    if (query == null) {
      return true;
    }
    ByteBuffer bytes = ByteBuffer.allocate(query.length());
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '%') {
        if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0 || Character.digit(query.charAt(i + 2), 16) < 0) {
          return false;
        }
        bytes.put((byte) Integer.parseInt(query.substring(i + 1, i + 3), 16));
        i += 2;
      } else if (c > 0x7e) {
        return false;
      } else {
        bytes.put((byte) c);
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes.flip());
      return true;
    } catch (CharacterCodingException notUtf8) {
      return false;
    }
  }

  static boolean isSingleMediaType(String contentType) {
    return contentType == null || contentType.isBlank() || MEDIA_TYPE.matcher(contentType.strip()).matches();
  }

  static boolean isSupportedCharset(String contentType) {
    if (contentType == null) {
      return true;
    }
    Matcher charset = CHARSET.matcher(contentType);
    if (!charset.find()) {
      return true;
    }
    try {
      return Charset.isSupported(charset.group(1));
    } catch (IllegalCharsetNameException badName) {
      return false;
    }
  }
}
