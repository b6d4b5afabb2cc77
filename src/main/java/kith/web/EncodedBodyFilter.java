package kith.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Hands the servlets a writer that encodes each string it is given in one go, as UTF-8, and writes the bytes. Bolt
 * writes its whole reply with one {@code getWriter().write(body)}; Jetty's own writer encodes that one character at
 * a time, which was 7 % of a /who's request thread at the benchmark's defaults (a card's reply is ~3.4 KB, an
 * acknowledgement a few bytes). Strings of ASCII characters, as Kith's replies are, encode by a plain copy. A
 * response in another encoding gets Jetty's writer: Kith sends none, and Jetty writes an unencodable character its
 * own way. Two differences from Jetty's writer, neither met by Kith's servlets or Bolt's: an encoding set after the
 * writer was taken changes the header but not the bytes (Jetty keeps its own header then), and a lone half of a
 * character pair inside a text is written as {@code ?}, valid UTF-8, where Jetty writes the half's raw bytes.
 */
final class EncodedBodyFilter implements Filter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, new EncodingResponse((HttpServletResponse) response));
  }

  private static final class EncodingResponse extends HttpServletResponseWrapper {
    private PrintWriter writer;
    private boolean ownWriter;

    EncodingResponse(HttpServletResponse response) {
      super(response);
    }

    /** As the servlet API says: once the writer is taken, the output stream is not to be had. */
    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (ownWriter) {
        throw new IllegalStateException("getWriter() has been called on this response");
      }
      return super.getOutputStream();
    }

    /** A reset forgets the writer, so that one taken afterwards follows the encoding set afterwards. */
    @Override
    public void reset() {
      super.reset();
      writer = null;
      ownWriter = false;
    }

    /** The encoding is the one the response has when the writer is first asked for, as the servlet API says. */
    @Override
    public PrintWriter getWriter() throws IOException {
      if (writer == null) {
        ownWriter = StandardCharsets.UTF_8.name().equalsIgnoreCase(getCharacterEncoding());
        writer = ownWriter ? new PrintWriter(new Utf8Writer(super.getOutputStream())) : super.getWriter();
      }
      return writer;
    }
  }

  /**
   * Encodes what it is given at once. A character pair split between two writes (an emoji's halves) is kept
   * until its second half comes, so that it is encoded whole; a lone half left at the end is dropped, as Jetty's
   * writer drops it.
   */
  private static final class Utf8Writer extends Writer {
    private final ServletOutputStream out;
    private char heldHighSurrogate;

    Utf8Writer(ServletOutputStream out) {
      this.out = out;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      if (length == 0) {
        return;
      }
      String part = text.substring(offset, offset + length);
      if (heldHighSurrogate != 0) {
        part = heldHighSurrogate + part;
        heldHighSurrogate = 0;
      }
      char last = part.charAt(part.length() - 1);
      if (Character.isHighSurrogate(last)) {
        heldHighSurrogate = last;
        part = part.substring(0, part.length() - 1);
      }
      out.write(part.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      write(new String(chars, offset, length), 0, length);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
