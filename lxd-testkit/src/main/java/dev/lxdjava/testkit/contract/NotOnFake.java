package dev.lxdjava.testkit.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Excludes a contract test (or a whole contract class) from the fake target only, because the fake
 * cannot reproduce the behaviour. Every use must also be listed, with the same reason, in {@code
 * docs/testkit.md}; {@link ContractSummaryListener} prints the count of exclusions.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotOnFake {
  /** The reason the fake cannot reproduce the behaviour. */
  String value();
}
