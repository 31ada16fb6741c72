package org.dischargehub.providerstatus;

import static org.assertj.core.api.Assertions.assertThat;

import org.dischargehub.beds.BedType;
import org.dischargehub.referral.ReferralFactory;
import org.dischargehub.support.Browser;
import org.dischargehub.support.County;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;

@HubIntegrationTest
class OutbreakReturnBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void a_providers_outbreak_return_for_one_setting_takes_it_out_of_the_options_the_coordinator_sees() {
        Hub hub = Hub.on(port, "OBR");
        County county = hub.county;
        String provider = county.bedBasedProvider("OAK");
        String ward = county.setting("OAKW", provider, hub.locality(), 1, "210.00", false);
        String bed = county.bed(ward, "01", "GENERAL");
        String user = county.user("oak", "PROVIDER", provider);
        String id = new ReferralFactory(context, hub).awaitingBed(BedType.GENERAL).id();

        try (Browser coordinator = Browser.laptop(port); Browser phone = Browser.phone(port)) {
            coordinator.signIn("coordinator", "coordinator");
            coordinator.open("/referrals/" + id);
            coordinator.waitFor(By.id("action-allocate-bed")).click();
            coordinator.waitFor(By.id("reserve-" + bed));
            coordinator.click(By.xpath("//vaadin-button[normalize-space()='Back']"));

            phone.signIn(user, County.password());
            phone.open("/my-status");
            phone.choose(By.id("setting"), "Setting " + ward);
            phone.choose(By.id("outbreak"), "Confirmed");
            phone.waitFor(By.cssSelector("#staff-total input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "20");
            phone.waitFor(By.cssSelector("#staff-absent input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "1");
            phone.waitFor(By.cssSelector("#ppe-days input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "14");
            phone.click(By.cssSelector("#can-admit input"));
            phone.driver.findElement(By.xpath("//vaadin-button[normalize-space()='Send return']")).click();
            phone.waitForText("Rated RED");
            phone.screenshot("status-return-per-setting-phone");

            coordinator.waitFor(By.id("action-allocate-bed")).click();
            coordinator.waitForText("Setting " + ward + ": closed to admissions (Status return of");
            coordinator.screenshot("bed-allocation-left-out-outbreak");
            assertThat(coordinator.driver.findElements(By.id("reserve-" + bed))).isEmpty();
            // every setting in the shared test database is listed: read the whole list, not what is scrolled to
            assertThat(coordinator.waitFor(By.id("left-out")).getDomProperty("textContent")).contains("Setting " + ward
                    + ": closed to admissions (Status return of");
        }
    }

}
