package cn.scast.tianfu.it.fair;

import cn.scast.tianfu.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

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

    /** Opens a page once the seed jobs have loaded the cities its city list offers. */
    void openWhenCitiesLoaded(String url, String citySelectId, String lastCity) {
        browser.reloadUntil(url, page -> page.findElement(By.id(citySelectId)).getText().contains(lastCity),
                Duration.ofSeconds(120), "cities not loaded into " + citySelectId);
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
