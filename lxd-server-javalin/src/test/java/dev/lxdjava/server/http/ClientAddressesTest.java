package dev.lxdjava.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {
  private final ClientAddresses behindProxy =
      ClientAddresses.trusting(List.of("10.0.0.0/8", "::1"));

  @Test
  void headerIsIgnoredWithoutTrustedProxies() {
    String address = ClientAddresses.socketOnly().resolve("203.0.113.5", "198.51.100.1");

    assertThat(address).isEqualTo("203.0.113.5");
  }

  @Test
  void headerIsIgnoredFromUntrustedPeer() {
    String address = behindProxy.resolve("203.0.113.5", "198.51.100.1");

    assertThat(address).isEqualTo("203.0.113.5");
  }

  @Test
  void trustedPeerGivesForwardedAddress() {
    String address = behindProxy.resolve("10.1.2.3", "198.51.100.1");

    assertThat(address).isEqualTo("198.51.100.1");
  }

  @Test
  void rightMostUntrustedHopWins() {
    String address = behindProxy.resolve("10.1.2.3", "192.0.2.66, 198.51.100.1, 10.9.9.9");

    assertThat(address).isEqualTo("198.51.100.1");
  }

  @Test
  void garbageHopFallsBackToPeer() {
    String address = behindProxy.resolve("10.1.2.3", "198.51.100.1, not-an-address");

    assertThat(address).isEqualTo("10.1.2.3");
  }

  @Test
  void ipv6LoopbackProxyIsTrusted() {
    String address = behindProxy.resolve("0:0:0:0:0:0:0:1", "2001:db8::7");

    assertThat(address).isEqualTo("2001:db8::7");
  }

  @Test
  void hostnamesAreNeverLookedUp() {
    assertThat(ClientAddresses.parse("localhost")).isNull();
  }

  @Test
  void invalidProxyEntryIsRejected() {
    assertThatThrownBy(() -> ClientAddresses.trusting(List.of("proxy.example.com")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("proxy.example.com");
  }

  @Test
  void invalidPrefixIsRejected() {
    assertThatThrownBy(() -> ClientAddresses.trusting(List.of("10.0.0.0/33")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 to 32");
  }
}
