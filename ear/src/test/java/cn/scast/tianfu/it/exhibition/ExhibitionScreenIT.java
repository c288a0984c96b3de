package cn.scast.tianfu.it.exhibition;

import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.Deployments;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A visitor on a phone, not signed in, walks from the menu to the exhibition, a collection and one exhibit's story. */
@ClientTest
class ExhibitionScreenIT {

    @Test
    void aPhoneVisitorOpensAnExhibitFromTheMenu() throws Exception {
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            Dimension before = driver.manage().window().getSize();
            try {
                driver.manage().window().setSize(new Dimension(390, 844));
                browser.open(Deployments.BASE_URL + "/public/index.xhtml");
                driver.findElement(By.id("navExhibition")).click();
                browser.awaitText("pageTitle", "网上主题展览");
                driver.findElement(By.linkText("最美科技工作者")).click();
                browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("c=MOST_BEAUTIFUL"));
                String page = driver.findElement(By.tagName("main")).getText();
                assertTrue(page.contains("示例·林青禾") && page.contains("冯小悦"), page);
                assertFalse(page.contains("邓稼先"), "only the chosen collection");
                assertTrue(fitsTheScreen(driver), "no sideways scrolling on a phone");

                driver.findElement(By.linkText("示例·林青禾")).click();
                browser.awaitText("pageTitle", "示例·林青禾");
                assertTrue(browser.textOf("story").contains("海拔两千米的试验田"), browser.textOf("story"));
                assertTrue(browser.textOf("field").contains("作物遗传育种"));
                assertTrue(fitsTheScreen(driver), "no sideways scrolling on a phone");
            } finally {
                driver.manage().window().setSize(before);
            }
        }
    }

    private static boolean fitsTheScreen(WebDriver driver) {
        Object fits = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth + 1;");
        return Boolean.TRUE.equals(fits);
    }
}
