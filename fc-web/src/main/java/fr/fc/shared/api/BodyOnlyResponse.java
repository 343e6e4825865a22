package fr.fc.shared.api;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The response a Faces view writes to: its body goes to JAX-RS's entity stream, in UTF-8; status,
 * type and headers stay what the endpoint chose.
 */
final class BodyOnlyResponse extends HttpServletResponseWrapper {

  private final OutputStream body;
  private PrintWriter writer;
  private ServletOutputStream stream;

  BodyOnlyResponse(HttpServletResponse response, OutputStream body) {
    super(response);
    this.body = body;
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8), false);
    }
    return writer;
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (stream == null) {
      stream = new EntityStream(body);
    }
    return stream;
  }

  /** Sends what the view wrote but not yet flushed. */
  void finish() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    body.flush();
  }

  @Override
  public String getCharacterEncoding() {
    return StandardCharsets.UTF_8.name();
  }

  @Override
  public void setContentType(String type) {}

  @Override
  public void setCharacterEncoding(String charset) {}

  @Override
  public void setContentLength(int length) {}

  @Override
  public void setContentLengthLong(long length) {}

  @Override
  public void setLocale(Locale locale) {}

  @Override
  public void setBufferSize(int size) {}

  @Override
  public void setStatus(int status) {}

  @Override
  public void setHeader(String name, String value) {}

  @Override
  public void addHeader(String name, String value) {}

  @Override
  public void setIntHeader(String name, int value) {}

  @Override
  public void addIntHeader(String name, int value) {}

  @Override
  public void setDateHeader(String name, long date) {}

  @Override
  public void addDateHeader(String name, long date) {}

  @Override
  public void addCookie(Cookie cookie) {}

  @Override
  public void resetBuffer() {}

  @Override
  public void reset() {}

  @Override
  public void flushBuffer() throws IOException {
    finish();
  }

  private static final class EntityStream extends ServletOutputStream {

    private final OutputStream body;

    EntityStream(OutputStream body) {
      this.body = body;
    }

    @Override
    public void write(int b) throws IOException {
      body.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      body.write(bytes, offset, length);
    }

    /** The servlet container closes a forwarded response; JAX-RS closes its stream itself. */
    @Override
    public void close() throws IOException {
      body.flush();
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new UnsupportedOperationException("a view's body is written synchronously");
    }
  }
}
