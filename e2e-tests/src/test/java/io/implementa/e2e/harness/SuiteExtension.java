package io.implementa.e2e.harness;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Starts the suite before the first {@link E2eTest} class and stops it when the whole test run ends (the root
 * context's store closes it); puts it back into its normal state before each test, so that one failed fault
 * test does not fail the ones after it; and prints every service's log tail when a test fails.
 */
final class SuiteExtension implements BeforeAllCallback, BeforeEachCallback, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SuiteExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).computeIfAbsent("suite", key -> {
            E2e.start();
            return (AutoCloseable) E2e::stop;
        }, AutoCloseable.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        E2e.heal();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        System.err.println("e2e: " + context.getDisplayName() + " failed; logs are in e2e-tests/target/logs\n"
                + E2e.logTails());
    }
}
