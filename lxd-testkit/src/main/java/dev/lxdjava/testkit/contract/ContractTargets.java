package dev.lxdjava.testkit.contract;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdException;
import dev.lxdjava.testkit.LocalLxdExtension;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.opentest4j.TestAbortedException;

/**
 * Runs each {@link LxdContract} class once per {@link ContractTarget}. Each target is connected
 * once per test run and disconnected when the run ends.
 */
public final class ContractTargets implements ClassTemplateInvocationContextProvider {
  /** System property that selects targets by name. */
  public static final String SELECT_PROPERTY = "lxd.contract.targets";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ContractTargets.class);

  @Override
  public boolean supportsClassTemplate(ExtensionContext context) {
    return true;
  }

  @Override
  public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(
      ExtensionContext context) {
    List<ContractTarget> targets = selected();
    if (targets.isEmpty()) {
      throw new ExtensionConfigurationException(
          "no contract target on the class path"
              + (System.getProperty(SELECT_PROPERTY) == null
                  ? ""
                  : " matches " + SELECT_PROPERTY + "=" + System.getProperty(SELECT_PROPERTY))
              + ": register one under META-INF/services/"
              + ContractTarget.class.getName());
    }
    return targets.stream().map(TargetInvocation::new);
  }

  static List<ContractTarget> selected() {
    String property = System.getProperty(SELECT_PROPERTY, "").strip();
    Set<String> names =
        property.isEmpty()
            ? Set.of()
            : Arrays.stream(property.split(",")).map(String::strip).collect(Collectors.toSet());
    return ServiceLoader.load(ContractTarget.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(target -> names.isEmpty() || names.contains(target.name()))
        .sorted(Comparator.comparing(ContractTarget::name))
        .toList();
  }

  /** One run of a contract class against one target. */
  private static final class TargetInvocation implements ClassTemplateInvocationContext {
    private final ContractTarget target;

    TargetInvocation(ContractTarget target) {
      this.target = target;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
      return "[" + target.name() + "]";
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of(new TargetExtension(target));
    }
  }

  /**
   * Skips or fails the tests when the target is unreachable, and injects its connection. The check
   * also runs before each test instance is constructed, because JUnit creates the instance (and
   * resolves constructor parameters) before it evaluates method-level conditions.
   */
  private static final class TargetExtension
      implements ExecutionCondition, TestInstancePreConstructCallback, ParameterResolver {
    private final ContractTarget target;

    TargetExtension(ContractTarget target) {
      this.target = target;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (target.isFake()) {
        NotOnFake exclusion = exclusion(context);
        if (exclusion != null) {
          return ConditionEvaluationResult.disabled("not run on the fake: " + exclusion.value());
        }
      }
      String reason = unreachableReason(context);
      return reason == null
          ? ConditionEvaluationResult.enabled("target " + target.name() + " is connected")
          : ConditionEvaluationResult.disabled(reason);
    }

    @Override
    public void preConstructTestInstance(
        TestInstanceFactoryContext factoryContext, ExtensionContext context) {
      String reason = unreachableReason(context);
      if (reason != null) {
        throw new TestAbortedException(reason);
      }
    }

    private static NotOnFake exclusion(ExtensionContext context) {
      NotOnFake onMethod =
          context.getTestMethod().map(method -> method.getAnnotation(NotOnFake.class)).orElse(null);
      if (onMethod != null) {
        return onMethod;
      }
      return context.getTestClass().map(type -> type.getAnnotation(NotOnFake.class)).orElse(null);
    }

    /** Why the target cannot be used, or {@code null}; throws under CI for real targets. */
    private String unreachableReason(ExtensionContext context) {
      Connection connection = connection(context);
      if (connection.failure == null) {
        return null;
      }
      String reason =
          "contract target "
              + target.name()
              + " is not reachable ("
              + connection.failure.getMessage()
              + ")"
              + (target.isFake()
                  ? ""
                  : ". Run 'sudo " + LocalLxdExtension.SETUP_SCRIPT + "' to prepare LXD.");
      if (!target.isFake() && "true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new ExtensionConfigurationException("CI=true requires every target: " + reason);
      }
      return reason;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      Class<?> type = parameter.getParameter().getType();
      return type == Lxd.class || type == LocalSocket.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      Connection connection = connection(context);
      if (parameter.getParameter().getType() == LocalSocket.class) {
        return new LocalSocket(connection.unixSocket);
      }
      if (connection.lxd == null) {
        throw new ExtensionConfigurationException(
            "target " + target.name() + " is not connected", connection.failure);
      }
      return connection.lxd;
    }

    private Connection connection(ExtensionContext context) {
      return context
          .getRoot()
          .getStore(NAMESPACE)
          .computeIfAbsent(target.name(), name -> Connection.open(target), Connection.class);
    }
  }

  /** A target's connection for the whole run, or why it failed. Closed by JUnit at the end. */
  private static final class Connection implements AutoCloseable {
    private final ContractTarget target;
    private final Lxd lxd;
    private final LxdException failure;
    private final Optional<Path> unixSocket;

    private Connection(
        ContractTarget target, Lxd lxd, LxdException failure, Optional<Path> unixSocket) {
      this.target = target;
      this.lxd = lxd;
      this.failure = failure;
      this.unixSocket = unixSocket;
    }

    static Connection open(ContractTarget target) {
      try {
        Lxd lxd = target.connect();
        // Read after connect(): a target such as the fake has its socket only once it runs.
        return new Connection(target, lxd, null, target.unixSocket());
      } catch (LxdException e) {
        return new Connection(target, null, e, Optional.empty());
      }
    }

    @Override
    public void close() {
      if (lxd != null) {
        target.disconnect(lxd);
      }
    }
  }
}
