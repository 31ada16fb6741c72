package org.dischargehub.beds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.dischargehub.support.Api;
import org.dischargehub.support.Browser;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The bed board's own buttons (rendered in the browser, one pair per row) close and reopen beds and settings. */
@HubIntegrationTest
class BedBoardBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void a_coordinator_closes_and_reopens_a_bed_and_closes_its_setting_from_the_board_giving_a_reason() {
        County county = new County(port);
        String locality = county.locality("BB");
        String setting = county.setting("BBS", county.bedBasedProvider("BBP"), locality, 2, "180.00", false);
        String first = county.bed(setting, "01", "REHAB");
        String second = county.bed(setting, "02", "REHAB");
        Api coordinatorApi = Api.as(port, "coordinator", "coordinator");

        try (Browser coordinator = Browser.laptop(port)) {
            coordinator.signIn("coordinator", "coordinator");
            coordinator.open("/beds");
            coordinator.waitFor(By.cssSelector("#bed-locality input")).sendKeys(locality);
            coordinator.waitFor(By.xpath("//vaadin-combo-box-item[contains(., '" + locality + "')]")).click();
            waitUntil(coordinator, () -> rows(coordinator) + " rows: " + gridCells(coordinator),
                    shown -> shown.startsWith("2 rows: ") && shown.contains(first) && shown.contains(second));

            button(coordinator, first, "Close bed").click();
            coordinator.waitFor(By.id("bed-reason-confirm")).click();
            waitUntil(coordinator, () -> String.valueOf(((JavascriptExecutor) coordinator.driver).executeScript(
                    "const f = document.getElementById('bed-reason');"
                            + "return f ? f.invalid + ' ' + f.errorMessage : ''")),
                    shown -> shown.equals("true say why the bed is closing"));
            assertThat(status(coordinatorApi, locality, first)).isEqualTo("AVAILABLE");

            coordinator.waitFor(By.cssSelector("#bed-reason input")).sendKeys("Deep clean");
            coordinator.waitFor(By.id("bed-reason-confirm")).click();
            waitUntil(coordinator, () -> gridCells(coordinator), cells -> cells.contains(first + "|Rehabilitation|closed"));
            assertThat(status(coordinatorApi, locality, first)).isEqualTo("CLOSED");
            assertThat(status(coordinatorApi, locality, second)).isEqualTo("AVAILABLE");
            coordinator.screenshot("bed-board-bed-closed");

            button(coordinator, first, "Reopen").click();
            waitUntil(coordinator, () -> gridCells(coordinator), cells -> cells.contains(first + "|Rehabilitation|available"));
            assertThat(status(coordinatorApi, locality, first)).isEqualTo("AVAILABLE");

            assertThat(coordinator.gridCells("bed-grid")).doesNotContain("Close setting", "to admissions…");
            button(coordinator, "setting-admissions", "Setting " + setting, "Close to admissions…").click();
            coordinator.waitFor(By.cssSelector("#bed-reason input")).sendKeys("Outbreak");
            coordinator.waitFor(By.id("bed-reason-confirm")).click();
            waitUntil(coordinator, () -> gridCells(coordinator), cells -> cells.contains("closed to admissions"));
            waitUntil(coordinator, () -> coordinator.gridCells("setting-admissions"),
                    cells -> cells.contains("Open to admissions"));
            assertThat(coordinatorApi.get("/api/settings").find("code", setting).path("acceptingAdmissions").asBoolean())
                    .isFalse();
        }
    }

    private static String status(Api api, String locality, String bed) {
        return api.get("/api/beds?locality=" + locality).find("bedCode", bed).path("status").asText();
    }

    /** The button with this caption in the row of this bed, as the browser rendered it. */
    private static WebElement button(Browser browser, String bed, String caption) {
        return button(browser, "bed-grid", bed, caption);
    }

    /** The button with this caption in the grid's row that has a cell reading {@code cell}. */
    private static WebElement button(Browser browser, String grid, String cell, String caption) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> (WebElement)
                ((JavascriptExecutor) d).executeScript(
                        "const cells = Array.from(document.getElementById(arguments[2])"
                                + ".querySelectorAll('vaadin-grid-cell-content')).filter(c => c.assignedSlot);"
                                + "const mine = cells.find(c => c.textContent.trim() === arguments[0]);"
                                + "if (!mine) return null;"
                                + "const row = mine.assignedSlot.parentElement.parentElement;"
                                + "return cells.filter(c => c.assignedSlot.parentElement.parentElement === row)"
                                + ".flatMap(c => Array.from(c.querySelectorAll('vaadin-button')))"
                                + ".find(b => b.textContent.trim() === arguments[1]) || null;", cell, caption, grid));
    }

    /** How many rows the bed grid shows. */
    private static long rows(Browser browser) {
        return (Long) ((JavascriptExecutor) browser.driver).executeScript(
                "const grid = document.getElementById('bed-grid');"
                        + "return grid ? new Set(Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))"
                        + ".filter(c => c.assignedSlot && c.assignedSlot.parentElement.tagName === 'TD'"
                        + " && !c.assignedSlot.parentElement.parentElement.hidden && c.textContent.trim() !== '')"
                        + ".map(c => c.assignedSlot.parentElement.parentElement)).size : 0");
    }

    private static String gridCells(Browser browser) {
        return browser.gridCells("bed-grid");
    }

    private static void waitUntil(Browser browser, Supplier<String> shown, Predicate<String> check) {
        browser.waitUntil(shown, check);
    }
}
