package cn.scast.tianfu.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Headless Debian Chromium driven by the Debian chromedriver (never a downloaded driver). */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("tianfu.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=zh-CN", "--window-size=1400,1000", "--user-data-dir=" + tempProfile());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("tianfu.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public void type(String id, String text) {
        var field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    public void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
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

    public String textOf(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    public void awaitText(String id, String expected) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), expected));
    }

    /** Signs in through the login form; returns when the dashboard is shown. */
    public void signIn(String username, String password) {
        open(Deployments.BASE_URL + "/login.xhtml");
        type("loginForm:username", username);
        type("loginForm:password", password);
        click("loginForm:submit");
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

    @Override
    public void close() {
        driver.quit();
    }
}
