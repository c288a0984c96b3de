package cn.scast.tianfu.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** Headless Debian Chromium driven by the Debian chromedriver (never a downloaded driver). */
public final class Browser implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(50);
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 1000;

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    /**
     * Chromium processes of closed browsers, cleared and ready for the next test: starting one costs 1-3 s, a
     * screen test suite opens about forty. Quit when the test JVM ends.
     */
    private static final Deque<ChromeDriver> IDLE = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitIdle, "quit-idle-browsers"));
    }

    /**
     * The browsers of the running test class that are not yet back in {@link #IDLE} ({@link BrowserScreenshots} keeps
     * it): a closed one waits here until the test's failure, if any, has been photographed.
     */
    private static final ThreadLocal<List<Browser>> OF_TEST_CLASS = new ThreadLocal<>();

    private boolean closed;

    /** A browser with no cookies, no stored data and one blank window, as if just started. */
    public Browser() {
        ChromeDriver idle;
        synchronized (IDLE) {
            idle = IDLE.poll();
        }
        driver = idle != null ? idle : start();
        // look again every 50 ms, not Selenium's default 500 ms: a screen test waits for dozens of ajax updates
        wait = waitUpTo(Duration.ofSeconds(30));
        List<Browser> ofTestClass = OF_TEST_CLASS.get();
        if (ofTestClass != null) {
            ofTestClass.add(this);
        }
    }

    static void testClassStarts() {
        OF_TEST_CLASS.set(new ArrayList<>());
    }

    /** The browsers the test class opened that are still open or were closed since the last {@link #release}. */
    static List<Browser> ofTestClass() {
        List<Browser> ofTestClass = OF_TEST_CLASS.get();
        return ofTestClass == null ? List.of() : List.copyOf(ofTestClass);
    }

    /** Hands on the browsers closed so far (all of them at the end of the class). */
    static void release(boolean classEnded) {
        List<Browser> ofTestClass = OF_TEST_CLASS.get();
        if (ofTestClass == null) {
            return;
        }
        for (Browser browser : List.copyOf(ofTestClass)) {
            if (browser.closed) {
                ofTestClass.remove(browser);
                browser.handOn();
            }
        }
        if (classEnded) {
            OF_TEST_CLASS.remove();
        }
    }

    /** Starts of a browser tried before a test fails for want of one. */
    private static final int STARTS = 3;

    /**
     * A new browser. Chromium in one process now and then exits while it starts ("Chrome instance exited"), before
     * any page of the application is open; such a start is tried again with a fresh profile, while every failure
     * after the start stays the test's.
     */
    private static ChromeDriver start() {
        for (int attempt = 1; ; attempt++) {
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("tianfu.chromedriver", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            try {
                return new ChromeDriver(service, options());
            } catch (SessionNotCreatedException e) {
                service.stop();
                if (attempt == STARTS) {
                    throw e;
                }
            }
        }
    }

    private static ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("tianfu.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=zh-CN", "--window-size=" + WIDTH + "," + HEIGHT,
                // One renderer per browser instead of a new one at almost every navigation (site isolation, the
                // back-forward cache's process swaps), compositing inside the browser process, no background
                // services: a quarter less wall time on the screen tests, a fifth less Chromium CPU.
                "--disable-site-isolation-trials", "--renderer-process-limit=2", "--in-process-gpu",
                "--disable-features=BackForwardCache,ProactivelySwapBrowsingInstance,PaintHolding,Translate,"
                        + "OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,"
                        + "CertificateTransparencyComponentUpdater,SafeBrowsing",
                "--disable-extensions", "--disable-renderer-accessibility", "--disable-smooth-scrolling",
                // a user who asks for less motion: the screens show state changes at once instead of in 0.2 s
                // transitions, each of which the browser lays out and paints a dozen times
                "--force-prefers-reduced-motion",
                // The page renders in the browser process itself: no renderer process, no inter-process messages
                // for every DevTools command and frame. The tests never leave the application's site, so nothing
                // needs a process of its own. Measured on the whole suite: a seventh less time in the screen tests.
                "--single-process",
                "--user-data-dir=" + tempProfile());
        return options;
    }

    /**
     * A wait of the given length that looks again every 50 ms (Selenium's default is every 500 ms). An element
     * replaced by an ajax update while the condition reads it is looked up again at the next poll.
     */
    public WebDriverWait waitUpTo(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, POLL);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /**
     * Types text into a field as a user does. ChromeDriver can only type characters of the Basic Multilingual
     * Plane; a supplementary character (𠮷, 𠀀) fails deep inside the driver, so it is refused here, before
     * anything is typed. Such text is valid data: create it through the API and read it on the page instead.
     */
    public void type(String id, String text) {
        requireBasicMultilingualPlane(id, text);
        var field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    static void requireBasicMultilingualPlane(String id, String text) {
        int at = text.codePoints().filter(Character::isSupplementaryCodePoint).findFirst().orElse(-1);
        if (at != -1) {
            throw new IllegalArgumentException("ChromeDriver cannot type " + new String(Character.toChars(at))
                    + " (U+" + Integer.toHexString(at).toUpperCase() + ", outside the BMP) into " + id + ": \"" + text
                    + "\". Create such text through the API or the database and only read it in the browser.");
        }
    }

    public void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /**
     * Clicks a control that updates the page by ajax and returns once PrimeFaces has applied the answer (its request
     * queue is empty again: the click queues the request before it returns).
     */
    public void clickAndAwaitAjax(String id) {
        click(id);
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return window.PrimeFaces !== undefined && PrimeFaces.ajax.Queue.isEmpty()"
                        + " && (window.jQuery === undefined || jQuery.active === 0)")));
    }

    /** Picks an option of a PrimeFaces selectOneMenu the way a user does: open it, click the label. */
    public void choose(String menuId, String label) {
        click(menuId);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//ul[@id='" + menuId + "_items']/li[@data-label='" + label + "']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), label));
    }

    /** Picks an option of a plain HTML select by its visible text. */
    public void select(String id, String label) {
        new org.openqa.selenium.support.ui.Select(wait.until(ExpectedConditions.elementToBeClickable(By.id(id))))
                .selectByVisibleText(label);
    }

    /** The text of a visible element; an element that an ajax update replaces meanwhile is looked up again. */
    public String textOf(String id) {
        return wait.until(d -> {
            WebElement element = d.findElement(By.id(id));
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    public void awaitText(String id, String expected) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), expected));
    }

    /**
     * Reloads a page until it shows what the test needs, for data that jobs load in the background after
     * deployment (seeds, demo data); fails with the message after the timeout.
     */
    public void reloadUntil(String url, java.util.function.Predicate<WebDriver> shown, Duration timeout,
                            String message) {
        new WebDriverWait(driver, timeout).pollingEvery(Duration.ofMillis(250)).withMessage(message)
                .until(d -> {
                    d.get(url);
                    return shown.test(d);
                });
    }

    /** Signs in through the login form; returns when the dashboard is shown. */
    public void signIn(String username, String password) {
        signIn(Deployments.BASE_URL, username, password);
    }

    /** As {@link #signIn(String, String)} on another front door of the same application (a portal node). */
    public void signIn(String baseUrl, String username, String password) {
        open(baseUrl + "/login.xhtml");
        submitLoginForm(username, password);
    }

    private void submitLoginForm(String username, String password) {
        type("loginForm:username", username);
        type("loginForm:password", password);
        click("loginForm:submit");
    }

    /**
     * Opens a page of the application as a visitor who is not signed in, signs in on the login form the page sends
     * them to, and returns once the sign-in has brought them back to that page (the way a link in a notification
     * mail works), without the detour over the first page of their roles.
     *
     * @param path below the context root, e.g. {@code /admin/listing/index.xhtml?id=3}
     */
    public void signInAt(String path, String username, String password) {
        String page = Deployments.BASE_URL + path;
        open(page);
        submitLoginForm(username, password);
        waitUpTo(Duration.ofSeconds(30)).withMessage(() -> username + " signed in, back on " + page + "; now on "
                + driver.getCurrentUrl()).until(d -> d.getCurrentUrl().equals(page));
    }

    public byte[] screenshot() {
        return ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
    }

    private static String tempProfile() {
        try {
            return Files.createTempDirectory("tianfu-chromium").toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Done with the browser. Inside a test it stays as it is until the test has ended, so that a failure that closed
     * it on the way out (try-with-resources) is still photographed with the page it failed on.
     */
    @Override
    public void close() {
        closed = true;
        if (OF_TEST_CLASS.get() == null) {
            handOn();
        }
    }

    /** Hands the Chromium process on to the next test once it is cleared; quits it if it cannot be cleared. */
    private void handOn() {
        if (clear(driver)) {
            synchronized (IDLE) {
                IDLE.push(driver);
            }
        } else {
            driver.quit();
        }
    }

    /** Back to the state of a fresh start: one blank window of the usual size, no cookies, no site data. */
    private static boolean clear(ChromeDriver driver) {
        try {
            try {
                driver.switchTo().alert().dismiss();
            } catch (NoAlertPresentException none) {
                // the usual case
            }
            List<String> windows = new ArrayList<>(driver.getWindowHandles());
            for (String extra : windows.subList(1, windows.size())) {
                driver.switchTo().window(extra).close();
            }
            driver.switchTo().window(windows.get(0));
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(WIDTH, HEIGHT)); // a phone test shrinks it
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin",
                    Map.of("origin", Deployments.SERVER_URL, "storageTypes", "all"));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void quitIdle() {
        synchronized (IDLE) {
            IDLE.forEach(ChromeDriver::quit);
            IDLE.clear();
        }
    }
}
