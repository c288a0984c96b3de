package cn.scast.tianfu.it.fair;

import cn.scast.tianfu.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Row-level steps of the 科创会 and workstation screens that the shared {@link Browser} does not offer. */
final class ScreenRows {

    private final Browser browser;
    private final WebDriverWait wait;

    ScreenRows(Browser browser) {
        this.browser = browser;
        this.wait = browser.waitUpTo(Duration.ofSeconds(30));
    }

    Browser browser() {
        return browser;
    }

    /**
     * Signs in as the province office at a screen with a city list and checks that the list offers every city up to
     * {@code lastCity} (the seeds are loaded before any test runs).
     */
    void signInAt(String path, String citySelectId, String lastCity) {
        browser.signInAt(path, "admin", FairExperts.PASSWORD);
        String cities = browser.textOf(citySelectId);
        assertTrue(cities.contains(lastCity), citySelectId + " offers " + cities);
    }

    /** Picks a project of the year's table by its title, as the user clicks its link. */
    void select(String title) {
        List<WebElement> shown = browser.driver().findElements(By.id("selectedProject"));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//tbody[@id='projectForm:projects_data']/tr[td[contains(., '" + title + "')]]//a"))).click();
        if (!shown.isEmpty()) {
            // The same project may be shown already: wait until the panel was replaced by the answer.
            wait.until(ExpectedConditions.stalenessOf(shown.get(0)));
        }
        browser.awaitText("selectedProject", title);
    }

    /** Text of the published list of one project type. */
    String published(String type) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tf-published-" + type)))
                .getText();
    }
}
