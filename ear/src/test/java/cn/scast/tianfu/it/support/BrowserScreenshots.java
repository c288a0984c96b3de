package cn.scast.tianfu.it.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * When a test fails, every browser it used is photographed with the page it failed on, and its HTML kept beside:
 * {@code ear/target/screenshots/<class>-<test>-<n>.png} and {@code .html}. No test takes screenshots of its own.
 */
public final class BrowserScreenshots implements BeforeAllCallback, TestExecutionExceptionHandler, AfterEachCallback,
        AfterAllCallback {

    private static final Path FOLDER = Path.of("target", "screenshots");

    @Override
    public void beforeAll(ExtensionContext context) {
        if (inTestJvm()) {
            Browser.testClassStarts();
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (!inTestJvm()) {
            throw failure;
        }
        List<Browser> browsers = Browser.ofTestClass();
        for (int n = 0; n < browsers.size(); n++) {
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
                    + "-" + (n + 1);
            try {
                Files.createDirectories(FOLDER);
                Files.write(FOLDER.resolve(name + ".png"), browsers.get(n).screenshot());
                Files.writeString(FOLDER.resolve(name + ".html"), browsers.get(n).driver().getPageSource(),
                        StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException unavailable) {
                failure.addSuppressed(unavailable); // the failure itself is what matters
            }
        }
        throw failure;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (inTestJvm()) {
            Browser.release(false);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (inTestJvm()) {
            Browser.release(true);
        }
    }

    /**
     * Browsers live in the test JVM; an in-container test runs these callbacks inside Payara too, where Selenium is
     * not even on the class path (so Browser must not be touched there).
     */
    private static boolean inTestJvm() {
        return System.getProperty("tianfu.ear") != null;
    }
}
