package dev.lxdjava.testkit;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdException;
import dev.lxdjava.core.spi.LxdConnector;
import java.util.Iterator;
import java.util.ServiceLoader;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Connects tests to the real local LXD daemon; see {@link LocalLxd}. One connection serves the
 * whole test run and is closed when the run ends.
 */
public final class LocalLxdExtension implements ExecutionCondition, ParameterResolver {
  /** The script that installs, starts and prepares LXD for these tests. */
  public static final String SETUP_SCRIPT = "scripts/lxd-setup.sh";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(LocalLxdExtension.class);

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Connection connection = connection(context);
    if (connection.failure == null) {
      return ConditionEvaluationResult.enabled("LXD answers at " + connection.lxd);
    }
    String reason =
        "LXD is not reachable ("
            + connection.failure.getMessage()
            + "). Run 'sudo "
            + SETUP_SCRIPT
            + "' to install and start it.";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new ExtensionConfigurationException("CI=true requires a running LXD: " + reason);
    }
    return ConditionEvaluationResult.disabled(reason);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Lxd.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Connection connection = connection(context);
    if (connection.lxd == null) {
      throw new ExtensionConfigurationException("LXD is not reachable", connection.failure);
    }
    return connection.lxd;
  }

  private static Connection connection(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .computeIfAbsent(Connection.class, key -> Connection.open(), Connection.class);
  }

  /**
   * The shared connection, or why it could not be opened. Closed by JUnit at the end of the run.
   */
  private static final class Connection implements AutoCloseable {
    private final Lxd lxd;
    private final LxdException failure;

    private Connection(Lxd lxd, LxdException failure) {
      this.lxd = lxd;
      this.failure = failure;
    }

    static Connection open() {
      Iterator<LxdConnector> connectors = ServiceLoader.load(LxdConnector.class).iterator();
      if (!connectors.hasNext()) {
        throw new ExtensionConfigurationException(
            "no LxdConnector on the class path: add lxd-transport as a test dependency");
      }
      Lxd lxd = null;
      try {
        lxd = connectors.next().connectLocal();
        lxd.server().info();
        return new Connection(lxd, null);
      } catch (LxdException e) {
        if (lxd != null) {
          lxd.close();
        }
        return new Connection(null, e);
      }
    }

    @Override
    public void close() {
      if (lxd != null) {
        lxd.close();
      }
    }
  }
}
