package fr.fc.shared.api;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request whose body {@link RequestBodyGate} has read: the body comes from memory, and so do the
 * parameters, from the query and a form body as the container would have read them.
 */
final class ReadBodyRequest extends HttpServletRequestWrapper {

  private static final String FORM = "application/x-www-form-urlencoded";

  private final byte[] body;
  private Map<String, String[]> parameters;

  ReadBodyRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  @Override
  public ServletInputStream getInputStream() {
    return new MemoryInputStream(body);
  }

  @Override
  public BufferedReader getReader() {
    return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset()));
  }

  @Override
  public String getParameter(String name) {
    String[] values = getParameterMap().get(name);
    return values == null ? null : values[0];
  }

  @Override
  public String[] getParameterValues(String name) {
    String[] values = getParameterMap().get(name);
    return values == null ? null : values.clone();
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(getParameterMap().keySet());
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    if (parameters == null) {
      Map<String, List<String>> read = new LinkedHashMap<>();
      addPairs(read, getQueryString(), StandardCharsets.UTF_8);
      String type = getContentType();
      if (type != null && type.toLowerCase().startsWith(FORM)) {
        addPairs(read, new String(body, charset()), charset());
      }
      Map<String, String[]> arrays = new LinkedHashMap<>();
      read.forEach((name, values) -> arrays.put(name, values.toArray(String[]::new)));
      parameters = Collections.unmodifiableMap(arrays);
    }
    return parameters;
  }

  private Charset charset() {
    String name = getCharacterEncoding();
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (IllegalArgumentException unknown) {
      return StandardCharsets.UTF_8;
    }
  }

  /** Malformed pairs (a bad percent escape) are left out, as the container does. */
  private static void addPairs(Map<String, List<String>> into, String encoded, Charset charset) {
    if (encoded == null || encoded.isEmpty()) {
      return;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      try {
        into.computeIfAbsent(URLDecoder.decode(name, charset), n -> new ArrayList<>())
            .add(URLDecoder.decode(value, charset));
      } catch (IllegalArgumentException malformed) {
        // skipped
      }
    }
  }

  private static final class MemoryInputStream extends ServletInputStream {
    private final ByteArrayInputStream in;

    MemoryInputStream(byte[] body) {
      this.in = new ByteArrayInputStream(body);
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      return in.read(buffer, offset, length);
    }

    @Override
    public boolean isFinished() {
      return in.available() == 0;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      try {
        listener.onDataAvailable();
        listener.onAllDataRead();
      } catch (IOException failure) {
        listener.onError(failure);
      }
    }
  }
}
