package org.dischargehub.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dischargehub.funding.Placements.Episode;
import org.dischargehub.support.Api;
import org.dischargehub.support.Browser;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each list downloads as the CSV its grid shows with the filter applied, prints without the menu, and fits 1366 px. */
@HubIntegrationTest
class ExportAndPrintBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void each_list_downloads_as_the_csv_its_grid_shows_with_the_filter_applied() {
        County county = new County(port);
        String locality = county.locality("XL");
        String setting = county.setting("XS", county.bedBasedProvider("XP"), locality, 2, "150.00", false);
        Episode placed = new Placements(port, locality).bed(2, county.bed(setting, "01", "REHAB"), "REHAB",
                TestClock.today().minusDays(3));
        county.bed(setting, "02", "REHAB");
        Api mdt = Api.as(port, "mdt", "mdt");
        String waiting = mdt.post("/api/referrals", People.referral(locality, TestClock.now().minusSeconds(3 * 86400)))
                .json().path("id").asText();

        try (Browser browser = Browser.laptop(port)) {
            browser.signIn("coordinator", "coordinator");
            boardOf(browser, locality);
            List<String> board = download(browser, "board-csv");
            assertThat(board.get(0)).isEqualTo("Days past ready,Name,Current step,Infection,Hospital / ward,"
                    + "NHS number,Pathway,Locality,Ready to leave,Delay reason,Urgent");
            assertThat(board.subList(1, board.size())).isNotEmpty()
                    .allSatisfy(row -> assertThat(row).contains("," + locality + ","));
            assertThat(String.join("\n", board)).contains("3 days,Edith Marsh,", "Delay reason needed");

            browser.open("/beds");
            browser.waitFor(By.cssSelector("#bed-locality input")).sendKeys(locality);
            browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., '" + locality + "')]")).click();
            browser.waitUntil(() -> browser.gridCells("bed-grid"), cells -> cells.contains(setting + "-02"));
            List<String> beds = download(browser, "bed-csv");
            assertThat(beds).containsExactly("Tier,Locality,Setting,Bed,Type,Status,Held for",
                    "2," + locality + ",Setting " + setting + "," + setting + "-01,Rehabilitation,occupied,Edith Marsh ("
                            + formatted(placed.nhsNumber()) + ")",
                    "2," + locality + ",Setting " + setting + "," + setting + "-02,Rehabilitation,available,");

            browser.open("/d2a?locality=" + locality);
            browser.waitUntil(() -> browser.gridCells("d2a-grid"), cells -> cells.contains("Edith Marsh"));
            List<String> d2a = download(browser, "d2a-csv");
            assertThat(d2a.get(0)).isEqualTo("Status,Name,Funded period,Days left,Assessment,Last funded day,"
                    + "NHS number,Placement,Locality,Decision");
            assertThat(d2a).hasSize(2);
            assertThat(d2a.get(1)).contains("Edith Marsh,Day 4 of",
                    "," + locality + ",", formatted(placed.nhsNumber()));

            browser.open("/provider-risk");
            browser.choose(By.id("risk-rating"), "GREEN");
            browser.waitUntil(() -> browser.gridCells("risk-grid"), cells -> !cells.contains("RED")
                    && !cells.contains("AMBER"));
            List<String> risk = download(browser, "risk-csv");
            assertThat(risk.get(0)).isEqualTo("RAG,Provider,Kind,Localities,Why,Trend,Latest return,New work");
            assertThat(risk.subList(1, risk.size())).allSatisfy(row -> assertThat(row).startsWith("GREEN,"));

            browser.open("/home-care-capacity?locality=" + locality);
            List<String> capacity = download(browser, "capacity-csv");
            assertThat(capacity.get(0)).startsWith("Provider,");
            assertThat(capacity.get(0).split(",")).hasSizeGreaterThan(1);
        }
        // each person in a list that left the hub as a file is logged as exported, by whom and in which file
        assertThat(exportsOf(waiting)).containsExactly("HUB_BOARD hub-board.csv");
        assertThat(exportsOf(placed.id())).containsExactlyInAnyOrder("HUB_BOARD hub-board.csv", "BED beds.csv",
                "D2A_TRACKER d2a-tracker.csv");
    }

    @Test
    void the_board_prints_without_the_menu_and_a_placement_has_a_summary_to_print() {
        County county = new County(port);
        String locality = county.locality("PL");
        String setting = county.setting("PS", county.bedBasedProvider("PP"), locality, 2, "150.00", false);
        Episode placed = new Placements(port, locality).bed(2, county.bed(setting, "01", "REHAB"), "REHAB",
                TestClock.today().minusDays(2));

        // more people waiting than the board's grid draws at once
        int waiting = 40;
        Api mdt = Api.as(port, "mdt", "mdt");
        for (int i = 0; i < waiting; i++) {
            mdt.post("/api/referrals", People.referral(locality, TestClock.now().minusSeconds(86400)));
        }

        try (Browser browser = Browser.laptop(port)) {
            browser.signIn("coordinator", "coordinator");
            boardOf(browser, locality);
            long boardCsvRows = download(browser, "board-csv").size() - 1L;
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            js.executeScript("window.print = () => { window.printed = true; };");
            browser.waitFor(By.id("board-print")).click();
            browser.waitUntil(() -> String.valueOf(js.executeScript("return window.printed === true")),
                    "true"::equals);
            ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(js.executeScript("const nav = document.querySelector('vaadin-side-nav');"
                    + "return nav ? nav.getBoundingClientRect().width : 0")).isEqualTo(0L);
            assertThat(js.executeScript("return getComputedStyle(document.getElementById('board-print')).display"))
                    .isEqualTo("none");
            assertThat(js.executeScript("return getComputedStyle(document.getElementById('board-grid')).display"))
                    .isEqualTo("none");
            // every row on paper, not only those the grid has drawn: as many as the board's CSV holds
            long printedRows = (Long) js.executeScript(
                    "return document.querySelectorAll('#board-print-table tbody tr').length");
            long drawnRows = (Long) js.executeScript("return [...document.getElementById('board-grid').shadowRoot"
                    + ".querySelectorAll('#items tr')].filter(r => !r.hidden).length");
            assertThat(printedRows).isEqualTo(boardCsvRows)
                    .isGreaterThanOrEqualTo(waiting + 1).isGreaterThan(drawnRows);
            assertThat(js.executeScript("return document.querySelector('#board-print-table').innerText"))
                    .asString().contains("Edith Marsh", "Days past ready");
            ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

            browser.open("/referrals/" + placed.id() + "/summary");
            browser.waitForText("Placement summary: Edith Marsh");
            String summary = browser.waitFor(By.id("placement-summary")).getText();
            assertThat(summary).contains(formatted(placed.nhsNumber()), "Pathway 2", "bed " + setting + "-01",
                    "Discharged", "Funded period");
            browser.waitFor(By.id("summary-print"));
        }
    }

    @Test
    void at_1366_by_768_the_trackers_fit_the_screen_with_their_actions_in_view() {
        County county = new County(port);
        String locality = county.locality("FL");
        String setting = county.setting("FS", county.bedBasedProvider("FP"), locality, 2, "150.00", false);
        new Placements(port, locality).bed(2, county.bed(setting, "01", "REHAB"), "REHAB",
                TestClock.today().minusDays(2));

        try (Browser browser = Browser.laptop(port)) {
            browser.driver.manage().window().setSize(new Dimension(1366, 768));
            browser.signIn("coordinator", "coordinator");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            for (String path : List.of("/d2a?locality=" + locality, "/provider-risk")) {
                browser.open(path);
                String grid = path.startsWith("/d2a") ? "d2a-grid" : "risk-grid";
                browser.waitFor(By.id(grid));
                browser.waitUntil(() -> browser.gridCells(grid), cells -> !cells.isBlank());
                assertThat(js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                        .as(path + " scrolls sideways").isEqualTo(true);
                assertThat(js.executeScript("const grid = document.getElementById(arguments[0]);"
                        + "return grid.getBoundingClientRect().right <= window.innerWidth"
                        + " && Array.from(grid.querySelectorAll('vaadin-button')).every(b => b.offsetParent === null"
                        + " || b.getBoundingClientRect().right <= grid.getBoundingClientRect().right + 1);", grid))
                        .as(path + " cuts off its grid or its actions").isEqualTo(true);
                assertThat(js.executeScript("const grid = document.getElementById(arguments[0]);"
                        + "return grid.$.table.scrollWidth <= grid.$.table.clientWidth + 1", grid))
                        .as(path + " grid scrolls sideways").isEqualTo(true);
            }
        }
    }

    private static String formatted(String nhsNumber) {
        return nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);
    }

    /** The link's file as the browser fetches it: checked to be a CSV attachment, answered as its lines. */
    /** The coordinator's exports of a person's record: the list's record type and the file's name. */
    private List<String> exportsOf(String referralId) {
        return jdbc.sql("select record_type, detail from hub.audit_event where referral_id = :id and action = 'EXPORT'"
                        + " and username = 'coordinator' order by id").param("id", referralId)
                .query((rs, n) -> rs.getString("record_type") + " " + rs.getString("detail"))
                .list();
    }

    /** The hub board filtered to one locality, as a coordinator picks it. */
    private static void boardOf(Browser browser, String locality) {
        browser.open("/board");
        browser.waitFor(By.cssSelector("#board-locality input")).sendKeys(locality);
        browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., '" + locality + "')]")).click();
        browser.waitUntil(() -> browser.gridCells("board-grid"), cells -> !cells.contains("Not-" + locality)
                && cells.contains(locality));
    }

    private static List<String> download(Browser browser, String linkId) {
        String href = browser.waitFor(By.id(linkId)).getAttribute("href");
        List<?> download = (List<?>) ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(text => done([r.status, "
                        + "r.headers.get('content-type'), r.headers.get('content-disposition'), text])),"
                        + " e => done(['failed: ' + e]));", href);
        assertThat(download.get(0)).isEqualTo(200L);
        assertThat((String) download.get(1)).startsWith("text/csv");
        assertThat((String) download.get(2)).contains("attachment", ".csv");
        return ((String) download.get(3)).lines().toList();
    }
}
