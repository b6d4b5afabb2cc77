package kith.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A request whose body may not be read past a limit. */
final class LimitedRequest extends HttpServletRequestWrapper {
  /** Thrown when the body goes past the limit. */
  static final class TooLargeException extends IOException {
    TooLargeException() {
      super("request body too large");
    }
  }

  private final long maxBytes;
  private String body;

  LimitedRequest(HttpServletRequest request, long maxBytes) {
    super(request);
    this.maxBytes = maxBytes;
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    ServletInputStream in = super.getInputStream();
    return new ServletInputStream() {
      private long read;

      @Override
      public int read() throws IOException {
        int b = in.read();
        if (b >= 0 && ++read > maxBytes) {
          throw new TooLargeException();
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0 && (read += n) > maxBytes) {
          throw new TooLargeException();
        }
        return n;
      }

      @Override
      public boolean isFinished() {
        return in.isFinished();
      }

      @Override
      public boolean isReady() {
        return in.isReady();
      }

      @Override
      public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
      }
    };
  }

  /**
   * The body, read whole through the limit and decoded once, then kept: {@link ActiveRequestLimit} reads it before a
   * request takes its turn, and Bolt reads it again. A {@code BufferedReader} over an {@code InputStreamReader}
   * allocated 24 KB of buffers for a body of a few hundred bytes, a fifth of all a request allocated; a body of known
   * length is read into an array of that length (copying through a stream took another 8 KB buffer).
   */
  @Override
  public BufferedReader getReader() throws IOException {
    if (body == null) {
      body = readBody();
    }
    return new BufferedReader(new StringReader(body), Math.max(1, Math.min(body.length(), 8192)));
  }

  private String readBody() throws IOException {
    String encoding = getCharacterEncoding();
    Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    long length = getContentLengthLong();
    if (length >= 0 && length <= maxBytes) {
      return new String(getInputStream().readNBytes((int) length), charset);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    getInputStream().transferTo(bytes);
    return bytes.toString(charset);
  }
}
