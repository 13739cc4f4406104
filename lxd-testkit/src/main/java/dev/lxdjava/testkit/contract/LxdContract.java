package dev.lxdjava.testkit.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a contract test class: written against the {@code lxd-core} ports only, it runs once per
 * registered {@link ContractTarget}, with that target's {@link dev.lxdjava.core.Lxd} injected into
 * its constructor or test methods. Set the system property {@code lxd.contract.targets} to a
 * comma-separated list of target names to run only those.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ClassTemplate
@ExtendWith(ContractTargets.class)
public @interface LxdContract {}
