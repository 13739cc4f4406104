package dev.lxdjava.testkit;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.testkit.fake.FakeLxd;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** Starts fakes for {@link WithFakeLxd} classes and injects them; see there. */
public final class FakeLxdExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeLxdExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == FakeLxd.class || type == Lxd.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Running running = running(context);
    return parameter.getParameter().getType() == FakeLxd.class ? running.fake : running.lxd();
  }

  private static Running running(ExtensionContext context) {
    ExtensionContext owner = context;
    WithFakeLxd settings = null;
    for (Optional<ExtensionContext> current = Optional.of(context);
        current.isPresent();
        current = current.get().getParent()) {
      Optional<Class<?>> testClass = current.get().getTestClass();
      boolean classLevel = current.get().getTestMethod().isEmpty();
      if (classLevel && testClass.isPresent()) {
        Optional<WithFakeLxd> found =
            AnnotationSupport.findAnnotation(testClass.get(), WithFakeLxd.class);
        if (found.isPresent()) {
          owner = current.get();
          settings = found.get();
          break;
        }
      }
    }
    if (settings == null) {
      throw new org.junit.jupiter.api.extension.ExtensionConfigurationException(
          "FakeLxdExtension needs @WithFakeLxd on the test class");
    }
    WithFakeLxd chosen = settings;
    ExtensionContext storeOwner = chosen.shared() ? context.getRoot() : owner;
    Object key = chosen.shared() ? "shared-tls-" + chosen.tls() : owner.getUniqueId();
    return storeOwner
        .getStore(NAMESPACE)
        .computeIfAbsent(key, k -> Running.start(chosen), Running.class);
  }

  /** A started fake and, once asked for, the SDK's connection to it. Closed by JUnit. */
  private static final class Running implements AutoCloseable {
    private final FakeLxd fake;
    private Lxd lxd;

    private Running(FakeLxd fake) {
      this.fake = fake;
    }

    static Running start(WithFakeLxd settings) {
      return new Running(FakeLxd.builder().tls(settings.tls()).start());
    }

    synchronized Lxd lxd() {
      if (lxd == null) {
        lxd = fake.connect();
      }
      return lxd;
    }

    @Override
    public synchronized void close() {
      if (lxd != null) {
        lxd.close();
      }
      fake.close();
    }
  }
}
