package dev.lxdjava.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a {@link dev.lxdjava.testkit.fake.FakeLxd}: the extension starts a fake
 * for the class (or one for the whole run with {@link #shared()}), injects a connected {@link
 * dev.lxdjava.core.Lxd} and the fake's control handle into constructors and test methods, and stops
 * both when the class (or run) ends. Injecting {@code Lxd} needs a transport such as {@code
 * lxd-transport} on the test class path; injecting only the {@code FakeLxd} does not.
 *
 * <p>State stays between the tests of a class; call {@link
 * dev.lxdjava.testkit.fake.FakeLxd#reset()} in {@code @BeforeEach} for a fresh daemon each time.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(FakeLxdExtension.class)
public @interface WithFakeLxd {
  /** Whether all classes of the run that set this share one fake (default: one fake per class). */
  boolean shared() default false;

  /** Whether the fake also listens with TLS on 127.0.0.1 (default false: the unix socket only). */
  boolean tls() default false;
}
