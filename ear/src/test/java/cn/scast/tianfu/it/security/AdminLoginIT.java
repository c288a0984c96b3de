package cn.scast.tianfu.it.security;

import cn.scast.tianfu.it.support.Await;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.Deployments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A staff member signs into the admin UI in a real browser and sees the PrimeFaces dashboard. */
@ClientTest
class AdminLoginIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void protectedPageSendsAnonymousVisitorToLogin() {
        browser.open(Deployments.BASE_URL + "/admin/dashboard.xhtml");

        assertTrue(browser.driver().getCurrentUrl().endsWith("/login.xhtml"), browser.driver().getCurrentUrl());
        assertEquals("登录", browser.textOf("loginForm:submit"));
    }

    @Test
    void theSignInContinuesAtThePageAskedFor() {
        String page = Deployments.BASE_URL + "/admin/listing/index.xhtml?q=%E7%9F%B3%E5%A2%A8%E7%83%AF";
        browser.open(page);
        assertTrue(browser.driver().getCurrentUrl().endsWith("/login.xhtml"), browser.driver().getCurrentUrl());

        browser.signIn("admin", "Tianfu@2026");

        browser.awaitText("pageTitle", "供需与匹配");
        assertEquals(page, browser.driver().getCurrentUrl(), "the page of the link, query included");
        // remembered once: the next sign-in starts at the first page of the caller's roles again
        browser.click("userForm:logout");
        browser.awaitText("loginForm:submit", "登录");
        browser.signIn("admin", "Tianfu@2026");
        browser.awaitText("pageTitle", "数据看板");
    }

    @Test
    void wrongPasswordIsRefusedWithAChineseMessage() {
        browser.signIn("admin", "not-the-password");

        browser.awaitText("loginForm:messages", "用户名或密码错误");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
    }

    /** The test browser asks for reduced motion (WCAG 2.3.3); the theme's 0.2 s transitions are then left out. */
    @Test
    void aUserWhoAsksForLessMotionGetsNoTransitions() {
        browser.open(Deployments.BASE_URL + "/login.xhtml");
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        Object asked = page.executeScript(
                "return window.matchMedia('(prefers-reduced-motion: reduce)').matches");
        assertEquals(Boolean.TRUE, asked, "the test browser asks for reduced motion");
        Object transition = page.executeScript(
                "return getComputedStyle(document.getElementById('loginForm:submit')).transitionDuration");
        assertTrue(String.valueOf(transition).matches("0s(, 0s)*"), "transition of the sign-in button: " + transition);
    }

    @Test
    void administratorSeesTheDashboard() throws Exception {
        browser.signIn("admin", "Tianfu@2026");

        browser.awaitText("pageTitle", "数据看板");
        assertEquals("admin", browser.textOf("currentUser"));
        assertTrue(browser.driver().getPageSource().contains("ui-datatable"), "PrimeFaces table rendered");
        // Seeds load right after deployment; the dashboard shows them once they are in.
        Await.until("the seeded cities on the dashboard", Duration.ofSeconds(60), () -> {
            if (browser.driver().getPageSource().contains("阿坝藏族羌族自治州")) {
                return true;
            }
            browser.driver().navigate().refresh();
            return false;
        });
        assertTrue(browser.textOf("kpiCities").contains("21"), browser.textOf("kpiCities"));
        assertTrue(browser.driver().getPageSource().contains("凉山彝族自治州"));
    }
}
