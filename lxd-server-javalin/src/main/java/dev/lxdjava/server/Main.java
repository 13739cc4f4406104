package dev.lxdjava.server;

import dev.lxdjava.auth.AuthException;
import dev.lxdjava.core.LxdException;

/** Starts the gateway from environment variables; see {@code docs/configuration.md}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    try {
      Application application = Application.start(GatewayConfig.fromEnvironment(System.getenv()));
      Runtime.getRuntime().addShutdownHook(new Thread(application::close, "gateway-shutdown"));
    } catch (ConfigException | AuthException | LxdException e) {
      System.err.println("lxd-gateway: cannot start: " + e.getMessage());
      System.exit(2);
    }
  }
}
