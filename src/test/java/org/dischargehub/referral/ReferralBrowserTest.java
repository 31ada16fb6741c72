package org.dischargehub.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.dischargehub.beds.BedType;
import org.dischargehub.support.Api;
import org.dischargehub.support.Browser;
import org.dischargehub.support.County;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@HubIntegrationTest
class ReferralBrowserTest {

    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void an_mdt_referral_triaged_to_pathway_2_moves_on_the_coordinators_board_without_a_reload() {
        Hub hub = Hub.on(port, "BR");
        String locality = hub.locality();
        String nhsNumber = People.nhsNumber();
        String formatted = nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);
        String familyName = "Marsh" + hub.county.tag;

        try (Browser mdt = Browser.laptop(port); Browser coordinator = Browser.laptop(port)) {
            mdt.signIn("mdt", "mdt");
            mdt.open("/referrals/new");
            WebElement nhsInput = input(mdt, "nhs-number");
            nhsInput.sendKeys(nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3), Keys.TAB);
            waitUntil(mdt, () -> formatted.equals(nhsInput.getDomProperty("value")));
            input(mdt, "given-name").sendKeys("Edith");
            input(mdt, "family-name").sendKeys(familyName);
            input(mdt, "date-of-birth").sendKeys("12/04/1938", Keys.ENTER);
            chooseComboBoxItem(mdt, "locality", locality);
            input(mdt, "hospital").sendKeys("Westshire General Hospital");
            input(mdt, "ward").sendKeys("Elm Ward");
            mdt.waitFor(By.cssSelector("#ready-to-leave vaadin-date-picker input"))
                    .sendKeys(TODAY.minusDays(1).format(UK_DATE), Keys.ENTER);
            mdt.waitFor(By.cssSelector("#ready-to-leave vaadin-time-picker input")).sendKeys("09:30", Keys.ENTER);
            mdt.waitFor(By.cssSelector("#notes textarea")).sendKeys("Lives alone; daughter nearby");
            mdt.screenshot("referral-form-laptop");
            mdt.waitFor(By.id("send-referral")).click();

            waitUntil(mdt, () -> mdt.driver.getCurrentUrl().matches(".*/referrals/[0-9a-f-]{36}$"));
            String id = mdt.driver.getCurrentUrl().replaceAll(".*/referrals/", "");
            assertThat(mdt.waitFor(By.id("referral-status")).getText()).isEqualTo("awaiting triage");
            mdt.waitForText("Edith " + familyName + " · " + formatted);
            mdt.waitForText("Ready to leave");
            mdt.screenshot("referral-page-new-laptop");

            coordinator.signIn("coordinator", "coordinator");
            coordinator.open("/board");
            input(coordinator, "board-search").sendKeys(familyName);
            waitUntil(coordinator, () -> text(coordinator, "board-counts"), counts -> counts.contains(
                    "awaiting triage: 1") && counts.contains("awaiting capacity: 0"));
            assertThat(boardCells(coordinator)).contains("Edith " + familyName, "awaiting triage");
            ((JavascriptExecutor) coordinator.driver).executeScript("window.hubNotReloaded = true;");
            coordinator.screenshot("hub-board-before-triage-laptop");

            mdt.open("/mdt");
            input(mdt, "mdt-search").sendKeys(familyName);
            // the list is filtered on the server after a pause in typing: click only once it shows the one person
            waitUntil(mdt, () -> text(mdt, "mdt-summary"), summary -> summary.startsWith("1 of "));
            mdt.waitFor(By.id("triage-" + id)).click();
            mdt.choose(By.id("triage-pathway"), "Pathway 2");
            mdt.choose(By.id("triage-bed-type"), "Rehabilitation");
            mdt.waitFor(By.cssSelector("#triage-rationale textarea")).sendKeys("Needs rehab after a fall");
            mdt.screenshot("triage-dialog-laptop");
            mdt.waitFor(By.id("triage-save")).click();
            waitUntil(mdt, () -> gridCells(mdt, "mdt-worklist"), cells -> !cells.contains(familyName));

            waitUntil(coordinator, () -> text(coordinator, "board-counts"), counts -> counts.contains(
                    "awaiting triage: 0") && counts.contains("awaiting capacity: 1"));
            waitUntil(coordinator, () -> boardCells(coordinator), cells -> cells.contains("awaiting capacity"));
            assertThat(((JavascriptExecutor) coordinator.driver).executeScript("return window.hubNotReloaded === true"))
                    .as("the board moved by push, not by reloading the page").isEqualTo(true);
            coordinator.screenshot("hub-board-after-triage-laptop");
        }
        Api.Response stored = hub.coordinator.get("/api/referrals?status=AWAITING_CAPACITY");
        assertThat(stored.find("nhsNumber", nhsNumber).path("requirement").path("bedType").asText()).isEqualTo("REHAB");
    }

    @Test
    void a_coordinator_reserves_the_best_ranked_bed_from_the_referral_page_and_sees_what_was_left_out() {
        Hub hub = Hub.on(port, "BA");
        County county = hub.county;
        String locality = hub.locality();
        String provider = county.bedBasedProvider("BAP");
        String best = county.bed(county.setting("BA1", provider, locality, 1, "210.00", false), "01", "END_OF_LIFE");
        county.bed(county.setting("BA2", provider, locality, 2, "180.00", false), "01", "END_OF_LIFE");
        String designated = county.setting("BAD", provider, locality, 1, "250.00", true);
        county.bed(designated, "01", "END_OF_LIFE");
        String id = new ReferralFactory(context, hub).awaitingBed(BedType.END_OF_LIFE).id();

        try (Browser coordinator = Browser.laptop(port); Browser board = Browser.laptop(port)) {
            board.signIn("coordinator", "coordinator");
            board.open("/beds");
            // the shared test database holds every other test's beds too: show this locality's, as a person would
            board.waitFor(By.cssSelector("#bed-locality input")).sendKeys(locality);
            board.waitFor(By.xpath("//vaadin-combo-box-item[contains(., '" + locality + "')]")).click();
            board.waitForText(best);
            assertThat(board.driver.getPageSource()).doesNotContain("referrals/" + id);
            coordinator.signIn("coordinator", "coordinator");
            coordinator.open("/referrals/" + id);
            assertThat(coordinator.waitFor(By.id("referral-status")).getText()).isEqualTo("awaiting capacity");
            assertThat(coordinator.driver.findElements(By.id("action-triage"))).allMatch(b -> !b.isDisplayed());
            coordinator.waitFor(By.id("action-allocate-bed")).click();
            coordinator.waitFor(By.id("reserve-" + best));
            waitUntil(coordinator, () -> gridCells(coordinator, "bed-candidates"),
                    cells -> cells.startsWith("1|" + best + "|"));
            coordinator.waitForText("Setting " + designated + ": designated for infection-positive people only");
            coordinator.screenshot("bed-allocation-dialog-laptop");

            coordinator.waitFor(By.id("reserve-" + best)).click();
            waitUntil(coordinator, () -> text(coordinator, "referral-status"), "ready to discharge"::equals);
            coordinator.waitForText("bed " + best);
            waitUntil(coordinator, () -> gridCells(coordinator, "timeline"), cells -> cells.contains("Bed reserved"));
            assertThat(coordinator.waitFor(By.id("action-discharge")).isDisplayed()).isTrue();
            coordinator.screenshot("referral-page-bed-reserved-laptop");
            board.waitForText("referrals/" + id);
            board.screenshot("bed-board-after-allocation");
        }
    }

    @Test
    void an_unknown_referral_gets_a_friendly_message_not_an_error_page() {
        try (Browser coordinator = Browser.laptop(port)) {
            coordinator.signIn("coordinator", "coordinator");
            coordinator.open("/referrals/no-such-referral");
            assertThat(coordinator.waitFor(By.id("referral-not-found")).getText())
                    .contains("There is no referral with the reference \"no-such-referral\"");
        }
    }

    @Test
    void the_referral_pages_fit_a_phone_screen() {
        String id = new ReferralFactory(context, Hub.on(port, "PH")).awaitingBed(BedType.NURSING).id();
        try (Browser phone = Browser.phone(port)) {
            phone.signIn("coordinator", "coordinator");
            for (String page : List.of("/board", "/referrals/" + id, "/referrals/new")) {
                phone.open(page);
                phone.waitFor(By.cssSelector("h2"));
                phone.waitFor(By.cssSelector("vaadin-app-layout"));
                waitUntil(phone, () -> noHorizontalScroll(phone));
                phone.screenshot("phone" + page.replaceAll("[^a-z]+", "-").replaceAll("-[0-9a-f-]{20,}", "-page"));
            }
        }
        try (Browser phone = Browser.phone(port)) {
            phone.signIn("mdt", "mdt");
            phone.open("/mdt");
            phone.waitFor(By.id("mdt-worklist"));
            waitUntil(phone, () -> noHorizontalScroll(phone));
            phone.screenshot("phone-mdt-worklist");
        }
        try (Browser manager = Browser.phone(port)) {
            manager.signIn("manager", "manager");
            manager.open("/escalations");
            manager.waitFor(By.id("open-escalations"));
            waitUntil(manager, () -> noHorizontalScroll(manager));
            manager.screenshot("phone-escalations");
        }
    }

    static WebElement input(Browser browser, String id) {
        return browser.waitFor(By.cssSelector("#" + id + " input"));
    }

    static String text(Browser browser, String id) {
        List<WebElement> found = browser.driver.findElements(By.id(id));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    private static void chooseComboBoxItem(Browser browser, String id, String text) {
        input(browser, id).sendKeys(text);
        browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., '" + text + "')]")).click();
        waitUntil(browser, () -> input(browser, id).getDomProperty("value").contains(text));
    }


    private static String gridCells(Browser browser, String gridId) {
        return browser.gridCells(gridId);
    }

    private static String boardCells(Browser browser) {
        return gridCells(browser, "board-grid");
    }

    private static boolean noHorizontalScroll(Browser browser) {
        return (Boolean) ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth");
    }

    private static void waitUntil(Browser browser, BooleanSupplier condition) {
        waitUntil(browser, () -> String.valueOf(condition.getAsBoolean()), "true"::equals);
    }

    private static void waitUntil(Browser browser, Supplier<String> shown, Predicate<String> check) {
        browser.waitUntil(shown, check);
    }
}
