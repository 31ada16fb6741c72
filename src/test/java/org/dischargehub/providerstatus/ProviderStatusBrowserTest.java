package org.dischargehub.providerstatus;

import static org.assertj.core.api.Assertions.assertThat;

import org.dischargehub.support.Browser;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

@HubIntegrationTest
class ProviderStatusBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void a_provider_files_a_red_return_on_a_phone_and_the_hub_sees_it_and_records_the_action() {
        County county = new County(port);
        String provider = county.homeCareProvider("PHONE", "22.00");
        String user = county.user("phone", "PROVIDER", provider);
        try (Browser phone = Browser.phone(port)) {
            phone.signIn(user, County.password());
            phone.open("/my-status");
            type(phone, "staff-total", "10");
            type(phone, "staff-absent", "4");
            type(phone, "ppe-days", "12");
            phone.driver.findElement(By.xpath("//vaadin-button[normalize-space()='Send return']")).click();
            phone.waitForText("Rated RED");
            phone.screenshot("provider-status-return-phone");
        }
        try (Browser hub = Browser.laptop(port)) {
            hub.signIn("coordinator", "coordinator");
            hub.open("/provider-risk");
            hub.waitForText("Provider " + provider);
            hub.waitForText("40% of staff absent");
            hub.screenshot("risk-tracker-red");
            hub.click(By.xpath("//vaadin-button[normalize-space()='Record action']"));
            hub.choose(By.cssSelector("vaadin-dialog-overlay vaadin-select"), "Relief staff arranged");
            hub.click(By.xpath("//vaadin-button[normalize-space()='Record and close']"));
            hub.waitForText("Follow-up closed");
            assertThat(hub.driver.findElements(By.xpath("//vaadin-button[normalize-space()='Record action']"))).isEmpty();
        }
    }

    private static void type(Browser browser, String id, String value) {
        WebElement input = browser.waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }
}
