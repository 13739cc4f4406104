package dev.lxdjava.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against the real local LXD daemon and injects a connected {@link
 * dev.lxdjava.core.Lxd} into test methods and constructors. Without a reachable daemon the tests
 * are skipped with a message, unless the environment variable {@code CI} is {@code true}, where
 * they fail. A transport such as {@code lxd-transport} must be on the test class path.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(LocalLxdExtension.class)
public @interface LocalLxd {}
