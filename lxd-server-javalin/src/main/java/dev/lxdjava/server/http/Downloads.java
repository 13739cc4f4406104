package dev.lxdjava.server.http;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Response headers of file downloads. */
public final class Downloads {
  private static final int MAX_NAME_LENGTH = 200;

  private Downloads() {}

  /**
   * Sets {@code Content-Disposition: attachment} for {@code fileName}. The plain {@code filename}
   * keeps only ASCII letters, digits, {@code .}, {@code -} and {@code _} (others become {@code _}),
   * so no quote, path separator or control character reaches it; {@code filename*} carries the full
   * name percent-encoded as UTF-8 (RFC 6266 and RFC 8187).
   */
  public static void attachment(Context ctx, String fileName) {
    ctx.header("Content-Disposition", contentDisposition(fileName));
  }

  /** Builds the {@code Content-Disposition} value for {@link #attachment}. */
  public static String contentDisposition(String fileName) {
    String name = baseName(fileName);
    StringBuilder ascii = new StringBuilder();
    for (int i = 0; i < name.length() && ascii.length() < MAX_NAME_LENGTH; i++) {
      char c = name.charAt(i);
      boolean safe =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '-'
              || c == '_';
      ascii.append(safe ? c : '_');
    }
    String plain = ascii.toString().replaceAll("^\\.+", "_");
    if (plain.isEmpty()) {
      plain = "download";
    }
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + plain + "\"; filename*=UTF-8''" + encoded;
  }

  /** The last path segment, without control characters. */
  private static String baseName(String fileName) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    return name.chars()
        .filter(c -> c >= 0x20 && c != 0x7f)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }
}
