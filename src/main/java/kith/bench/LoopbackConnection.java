package kith.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import kith.bench.SlashCommands.Signer;

/**
 * An HTTP/1.1 connection from the benchmark to a server it measures (each load client's, the first answer's, the
 * start-up probe's), kept open between requests as Slack keeps its own, and opened again when the server closes
 * it or a request fails. Written for the benchmark rather than taken from the JDK's HttpClient,
 * which measured itself more than the server: it spent more CPU per {@code /noop} than Jetty, the signature check
 * and Bolt together, so the ceiling was mostly the client's; and about one empty answer in 50,000 failed in it
 * ("HTTP/1.1 header parser received no bytes") on a connection it had closed itself, while a plain socket client
 * sent 1.2 million {@code /noop} requests to the same server without an error.
 */
final class LoopbackConnection implements Closeable {
  /** A response: its status and its body as UTF-8 text. */
  record Response(int status, String body) {
    /** What {@code check} says the answer was, or null when it is not a right answer (or not a 200). */
    String outcome(LoadRun.Check check) {
      return status == 200 ? check.outcome(body) : null;
    }
  }

  private static final int MAX_LINE = 16 * 1024;

  private final URI url;
  private final int timeoutMillis;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  LoopbackConnection(URI url, Duration timeout) {
    this.url = url;
    this.timeoutMillis = Math.toIntExact(timeout.toMillis());
  }

  /** Posts {@code body}, signed now, as Slack posts a slash command. */
  Response post(Signer signer, String body) throws IOException {
    if (socket == null) {
      open();
    }
    try {
      long timestamp = System.currentTimeMillis() / 1000;
      byte[] content = body.getBytes(StandardCharsets.UTF_8);
      String head = "POST " + url.getRawPath() + " HTTP/1.1\r\n"
          + "Host: " + url.getHost() + ":" + url.getPort() + "\r\n"
          + "Content-Type: application/x-www-form-urlencoded\r\n"
          + "User-Agent: Slackbot 1.0 (+https://api.slack.com/robots)\r\n"
          + SlashCommands.TIMESTAMP_HEADER + ": " + timestamp + "\r\n"
          + SlashCommands.SIGNATURE_HEADER + ": " + signer.signature(timestamp, body) + "\r\n"
          + "Content-Length: " + content.length + "\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(content);
      out.flush();
      return read();
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  private void open() throws IOException {
    Socket opened = new Socket();
    try {
      opened.setTcpNoDelay(true);
      opened.setSoTimeout(timeoutMillis);
      opened.connect(new InetSocketAddress(url.getHost(), url.getPort()), timeoutMillis);
      in = new BufferedInputStream(opened.getInputStream());
      out = opened.getOutputStream();
      socket = opened;
    } catch (IOException e) {
      opened.close();
      throw e;
    }
  }

  private Response read() throws IOException {
    String statusLine = line();
    if (statusLine == null) {
      throw new EOFException("the server closed the connection before answering");
    }
    String[] status = statusLine.split(" ", 3);
    if (status.length < 2 || !status[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP/1.1 status line: " + statusLine);
    }
    int code = (int) number(status[1], 10, "status code");
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    for (String header = headerLine(); !header.isEmpty(); header = headerLine()) {
      int colon = header.indexOf(':');
      String name = colon < 0 ? header : header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = colon < 0 ? "" : header.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
      switch (name) {
        case "content-length" -> length = number(value, 10, "Content-Length");
        case "transfer-encoding" -> chunked = value.contains("chunked");
        case "connection" -> close = value.contains("close");
        default -> { }
      }
    }
    byte[] body = bodyless(code) ? new byte[0] : chunked ? chunks() : length >= 0 ? exactly(length)
        : in.readAllBytes();
    if (close || (!bodyless(code) && !chunked && length < 0)) {
      close();
    }
    return new Response(code, new String(body, StandardCharsets.UTF_8));
  }

  private String headerLine() throws IOException {
    String header = line();
    if (header == null) {
      throw new EOFException("the server closed the connection in the middle of the headers");
    }
    return header;
  }

  /** 1xx, 204 and 304 answers never have a body (RFC 9112, section 6.3), whatever their headers say. */
  private static boolean bodyless(int code) {
    return code / 100 == 1 || code == 204 || code == 304;
  }

  /** A number from the response, or an {@link IOException} that says which part was not one. */
  private static long number(String text, int radix, String what) throws IOException {
    try {
      long value = Long.parseLong(text.strip(), radix);
      if (value < 0) {
        throw new NumberFormatException("negative");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IOException("not a valid " + what + ": " + text);
    }
  }

  private byte[] chunks() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line();
      if (size == null) {
        throw new EOFException("the server closed the connection in a chunked body");
      }
      int extension = size.indexOf(';');
      long chunk = number(extension < 0 ? size : size.substring(0, extension), 16, "chunk size");
      if (chunk == 0) {
        String trailer;
        do {
          trailer = line(); // trailers, up to the blank line, carry nothing the benchmark reads
        } while (trailer != null && !trailer.isEmpty());
        return body.toByteArray();
      }
      body.write(exactly(chunk));
      line();
    }
  }

  private byte[] exactly(long length) throws IOException {
    byte[] bytes = in.readNBytes(Math.toIntExact(length));
    if (bytes.length < length) {
      throw new EOFException("the server closed the connection " + bytes.length + " bytes into a " + length
          + "-byte body");
    }
    return bytes;
  }

  /** A line without its CRLF, or null at the end of the stream before any byte. */
  private String line() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != -1; c = in.read()) {
      if (c == '\n') {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
      }
      if (line.length() == MAX_LINE) {
        throw new IOException("a header line longer than " + MAX_LINE + " bytes");
      }
      line.append((char) c);
    }
    if (line.length() > 0) {
      throw new EOFException("the server closed the connection in the middle of a line");
    }
    return null;
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing after an error: nothing more to learn from the socket
      } finally {
        socket = null;
        in = null;
        out = null;
      }
    }
  }
}
