package dev.lxdjava.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdConflictException;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.network.Network;
import dev.lxdjava.core.network.NetworkCreate;
import dev.lxdjava.core.network.NetworkState;
import dev.lxdjava.core.network.NetworkUpdate;
import dev.lxdjava.testkit.TestNames;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Address-less bridges: life cycle, ETags, rename, state and leases. */
@LxdContract
public class NetworksContract {
  private static final Map<String, String> NO_ADDRESSES =
      Map.of("ipv4.address", "none", "ipv6.address", "none");

  private final Lxd lxd;
  private final String name = TestNames.unique();
  private final String renamed = TestNames.unique();

  public NetworksContract(Lxd lxd) {
    this.lxd = lxd;
  }

  @AfterEach
  void deleteNetworks() {
    for (String network : new String[] {name, renamed}) {
      if (lxd.networks().find(network).isPresent()) {
        lxd.networks().delete(network);
      }
    }
  }

  @Test
  void createGetListDelete() {
    lxd.networks().create(NetworkCreate.bridge(name, NO_ADDRESSES));

    Network network = lxd.networks().get(name);

    assertThat(network.type()).isEqualTo("bridge");
    assertThat(network.managed()).isTrue();
    assertThat(network.status()).isEqualTo("Created");
    assertThat(network.config()).containsAllEntriesOf(NO_ADDRESSES);
    assertThat(lxd.networks().names()).contains(name);
    assertThat(lxd.networks().list()).extracting(Network::name).contains(name);

    lxd.networks().delete(name);

    assertThat(lxd.networks().find(name)).isEmpty();
  }

  @Test
  void updateWithEtagReplacesConfig() {
    lxd.networks().create(NetworkCreate.bridge(name, NO_ADDRESSES));
    Tagged<Network> read = lxd.networks().getTagged(name);
    Map<String, String> config = new LinkedHashMap<>(read.value().config());
    config.put("user.purpose", "contract");

    lxd.networks().update(name, new NetworkUpdate("changed by PUT", config), read.etag());

    Network updated = lxd.networks().get(name);
    assertThat(updated.description()).isEqualTo("changed by PUT");
    assertThat(updated.config()).containsEntry("user.purpose", "contract");
  }

  @Test
  void updateWithStaleEtagRaisesPreconditionFailed() {
    lxd.networks().create(NetworkCreate.bridge(name, NO_ADDRESSES));
    Tagged<Network> stale = lxd.networks().getTagged(name);
    lxd.networks().patch(name, NetworkUpdate.config(Map.of("user.a", "1")), "");

    NetworkUpdate update = NetworkUpdate.from(stale.value());

    assertThatThrownBy(() -> lxd.networks().update(name, update, stale.etag()))
        .isInstanceOf(LxdConflictException.class)
        .satisfies(e -> assertThat(((LxdConflictException) e).isPreconditionFailed()).isTrue());
  }

  @Test
  void patchMergesConfig() {
    lxd.networks().create(NetworkCreate.bridge(name, NO_ADDRESSES));

    lxd.networks().patch(name, NetworkUpdate.config(Map.of("user.a", "1")), "");

    assertThat(lxd.networks().get(name).config())
        .containsEntry("user.a", "1")
        .containsAllEntriesOf(NO_ADDRESSES);
  }

  @Test
  void renameMovesNetwork() {
    lxd.networks().create(NetworkCreate.bridge(name, NO_ADDRESSES));

    lxd.networks().rename(name, renamed);

    assertThat(lxd.networks().find(name)).isEmpty();
    assertThat(lxd.networks().get(renamed).type()).isEqualTo("bridge");
  }

  @Test
  void stateReportsBridgeInterface() {
    lxd.networks().create(NetworkCreate.bridge(name, NO_ADDRESSES));

    NetworkState state = lxd.networks().state(name);

    assertThat(state.hwaddr()).isNotEmpty();
    assertThat(state.mtu()).isPositive();
    assertThat(state.type()).isEqualTo("broadcast");
    assertThat(state.bridge()).isNotNull();
  }

  @Test
  void leasesOfAddresslessBridgeAreEmpty() {
    lxd.networks().create(NetworkCreate.bridge(name, NO_ADDRESSES));

    assertThat(lxd.networks().leases(name)).isEmpty();
  }

  @Test
  void getUnknownNetworkRaisesNotFound() {
    assertThatThrownBy(() -> lxd.networks().get(name)).isInstanceOf(LxdNotFoundException.class);
  }
}
