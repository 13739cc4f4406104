package dev.lxdjava.server.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides the client address of a request, for rate limits and the audit trail. It is the socket's
 * peer address, unless that peer is a configured trusted proxy: then it is the right-most address
 * in {@code X-Forwarded-For} that is not itself a trusted proxy. Without trusted proxies the header
 * is ignored, because any client can send it.
 */
public final class ClientAddresses {
  /** Header a reverse proxy appends the client address to. */
  public static final String FORWARDED_FOR = "X-Forwarded-For";

  private static final String ATTRIBUTE = "client_address";
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

  private final List<Range> trusted;

  private ClientAddresses(List<Range> trusted) {
    this.trusted = List.copyOf(trusted);
  }

  /** Uses the socket's peer address only. */
  public static ClientAddresses socketOnly() {
    return new ClientAddresses(List.of());
  }

  /**
   * Trusts {@code X-Forwarded-For} from the given proxies.
   *
   * @param proxies IP addresses or CIDR ranges such as {@code 10.0.0.0/8} or {@code ::1}
   * @throws IllegalArgumentException naming an entry that is not an IP address or range
   */
  public static ClientAddresses trusting(List<String> proxies) {
    List<Range> ranges = new ArrayList<>();
    for (String proxy : proxies) {
      ranges.add(Range.parse(proxy));
    }
    return new ClientAddresses(ranges);
  }

  /** Stores the client address of the request; runs before every route. */
  public void assign(Context ctx) {
    ctx.attribute(ATTRIBUTE, resolve(ctx.req().getRemoteAddr(), ctx.header(FORWARDED_FOR)));
  }

  /** The client address of the request. */
  public static String of(Context ctx) {
    String address = ctx.attribute(ATTRIBUTE);
    return address == null ? ctx.req().getRemoteAddr() : address;
  }

  /** The client address for a socket peer and an optional {@code X-Forwarded-For} value. */
  String resolve(String peer, String forwardedFor) {
    if (forwardedFor == null || !isTrusted(peer)) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      byte[] address = parse(hop);
      if (address == null) {
        return peer;
      }
      if (!isTrusted(address)) {
        return hop;
      }
    }
    return peer;
  }

  private boolean isTrusted(String address) {
    byte[] bytes = parse(address);
    return bytes != null && isTrusted(bytes);
  }

  private boolean isTrusted(byte[] address) {
    for (Range range : trusted) {
      if (range.contains(address)) {
        return true;
      }
    }
    return false;
  }

  /** The bytes of an IP literal, or {@code null}; never a DNS lookup. */
  static byte[] parse(String literal) {
    if (literal == null || literal.isEmpty()) {
      return null;
    }
    String text =
        literal.startsWith("[") && literal.endsWith("]")
            ? literal.substring(1, literal.length() - 1)
            : literal;
    boolean ipv4 = IPV4.matcher(text).matches();
    boolean ipv6 = text.contains(":") && IPV6.matcher(text).matches();
    if (!ipv4 && !ipv6) {
      return null;
    }
    try {
      return InetAddress.getByName(text).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** An address range in CIDR form. */
  private record Range(byte[] network, int prefix) {
    static Range parse(String text) {
      String entry = text.strip();
      int slash = entry.indexOf('/');
      String address = slash < 0 ? entry : entry.substring(0, slash);
      byte[] network = ClientAddresses.parse(address);
      if (network == null) {
        throw new IllegalArgumentException(
            "'" + entry + "' is not an IP address or CIDR range such as 10.0.0.0/8");
      }
      int bits = network.length * 8;
      int prefix = bits;
      if (slash >= 0) {
        try {
          prefix = Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException e) {
          prefix = -1;
        }
        if (prefix < 0 || prefix > bits) {
          throw new IllegalArgumentException(
              "'" + entry + "' has an invalid prefix length; use 0 to " + bits);
        }
      }
      return new Range(network, prefix);
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int fullBytes = prefix / 8;
      for (int i = 0; i < fullBytes; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (address[fullBytes] & mask) == (network[fullBytes] & mask);
    }
  }
}
