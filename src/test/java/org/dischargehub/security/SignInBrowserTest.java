package org.dischargehub.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.dischargehub.support.Browser;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

@HubIntegrationTest
class SignInBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void a_manager_signs_in_through_the_login_page_and_reaches_the_dashboard() {
        try (Browser browser = Browser.laptop(port)) {
            browser.signIn("manager", "manager");
            browser.waitUntil(browser.driver::getCurrentUrl, url -> url.endsWith("/dashboard"));
            assertThat(browser.waitFor(By.cssSelector("vaadin-side-nav")).getText()).contains("Localities", "Users");
            browser.screenshot("manager-home");
        }
    }

    @Test
    void a_wrong_password_keeps_the_person_on_the_login_page_with_an_error() {
        try (Browser browser = Browser.laptop(port)) {
            browser.open("/login");
            browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("manager");
            browser.driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("nope");
            browser.driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
            browser.waitFor(By.cssSelector("vaadin-login-form[error]"));
            assertThat(browser.driver.getCurrentUrl()).contains("/login?error");
        }
    }

    @Test
    void signing_out_ends_the_session_and_the_next_page_asks_for_sign_in_again() {
        try (Browser browser = Browser.laptop(port)) {
            browser.signIn("coordinator", "coordinator");
            browser.waitUntil(browser.driver::getCurrentUrl, url -> url.endsWith("/board"));

            browser.signOut();
            browser.open("/board");

            browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
            assertThat(browser.driver.getCurrentUrl()).contains("/login");
        }
    }

    @Test
    void an_mdt_user_does_not_see_the_managers_directory() {
        try (Browser browser = Browser.laptop(port)) {
            browser.signIn("mdt", "mdt");
            browser.waitUntil(browser.driver::getCurrentUrl, url -> url.endsWith("/mdt"));
            assertThat(browser.waitFor(By.cssSelector("vaadin-side-nav")).getText()).doesNotContain("Users");
        }
    }
}
