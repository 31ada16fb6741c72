package org.dischargehub.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dischargehub.support.Api;
import org.dischargehub.support.Browser;
import org.dischargehub.support.County;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * WCAG 2.2 AA in the build: axe-core on every view each role can open (its menu, the referral page and the login
 * page), at a desk's and a phone's size, with data on the screens; and the theme's focus ring and control outlines
 * against white, as the browser resolves them.
 */
@HubIntegrationTest
public class AccessibilityBrowserTest {

    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    public static final Dimension DESK = new Dimension(1366, 768);
    public static final Dimension PHONE = new Dimension(390, 844);

    @LocalServerPort
    int port;

    @Test
    void every_view_for_every_role_passes_axe_at_desk_and_phone_sizes() throws IOException {
        Scene scene = Scene.set(port);
        List<String> violations = new ArrayList<>();
        Set<String> visited = new TreeSet<>();
        try (Browser browser = Browser.laptop(port)) {
            for (Dimension size : List.of(DESK, PHONE)) {
                browser.driver.manage().window().setSize(size);
                for (String path : List.of("/login", "/login?error")) {
                    browser.open(path);
                    browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
                    violations.addAll(audit(browser, "anonymous", size, path));
                }
            }
            visited.add("login");
        }
        for (Map.Entry<String, String> role : scene.users.entrySet()) {
            try (Browser browser = Browser.laptop(port)) {
                browser.driver.manage().window().setSize(DESK);
                browser.signIn(role.getKey(), role.getValue());
                List<String> paths = menuOf(browser);
                // the landing page last, reached like the others through the menu rather than by the first load
                String landing = String.valueOf(((JavascriptExecutor) browser.driver)
                        .executeScript("return location.pathname"));
                paths.sort(Comparator.comparing(landing::equals));
                if (paths.contains("/board")) {
                    paths.add("/referrals/" + scene.referral);
                    paths.add("/referrals/" + scene.referral + "/summary");
                    paths.add("/referrals/" + scene.referral + "/contact");
                    paths.add("/referrals/" + scene.referral + "/letters");
                }
                for (Dimension size : List.of(DESK, PHONE)) {
                    browser.driver.manage().window().setSize(size);
                    for (String path : paths) {
                        if (path.equals("/")) {
                            continue; // Home forwards to the role's landing page, which is in its menu too
                        }
                        browser.navigate(path);
                        violations.addAll(audit(browser, role.getKey(), size, path));
                    }
                }
                paths.forEach(path -> visited.add(path.replace("/referrals/" + scene.referral, "/referrals/:id")
                        .substring(1)));
            }
        }
        Path report = Path.of("target", "axe-report.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, violations);

        assertThat(visited).as("every @Route is audited for some role").containsAll(routes());
        assertThat(violations).as("axe-core violations of WCAG 2.2 A/AA (also in " + report + ")").isEmpty();
    }

    @Test
    void a_failed_sign_in_is_announced_and_marks_the_fields_and_pages_have_a_main_landmark() {
        try (Browser browser = Browser.laptop(port)) {
            browser.open("/login?error");
            browser.waitUntil(() -> browser.driver.findElement(By.id("login-alert")).getDomProperty("textContent"),
                    text -> text.contains("Incorrect username or password"));
            assertThat(browser.driver.findElement(By.id("login-alert")).getDomAttribute("role")).isEqualTo("alert");
            browser.waitUntil(() -> String.valueOf(((JavascriptExecutor) browser.driver).executeScript(
                    "return document.querySelector(\"vaadin-login-form input[name='username']\")"
                            + ".getAttribute('aria-invalid')")), "true"::equals);

            browser.signIn("coordinator", "coordinator");
            assertThat(browser.waitFor(By.cssSelector("main#main-content")).getText()).isNotBlank();
            assertThat(browser.driver.findElement(By.cssSelector("a#skip-link")).getDomProperty("textContent"))
                    .isEqualTo("Skip to content");
        }
    }

    @Test
    void the_focus_ring_and_the_outlines_of_fields_and_checkboxes_stand_out_3_to_1_against_white() {
        try (Browser browser = Browser.laptop(port)) {
            browser.signIn("mdt", "mdt");
            browser.open("/referrals/new");
            browser.waitFor(By.cssSelector("vaadin-text-field"));
            browser.waitFor(By.cssSelector("vaadin-checkbox:not([checked])"));
            @SuppressWarnings("unchecked")
            Map<String, String> colours = (Map<String, String>) ((JavascriptExecutor) browser.driver).executeScript(
                    "const resolve = value => { const probe = document.createElement('div');"
                            + " probe.style.color = value; document.body.appendChild(probe);"
                            + " const colour = getComputedStyle(probe).color; probe.remove(); return colour; };"
                            + "const field = getComputedStyle(document.querySelector('vaadin-text-field')"
                            + "  .shadowRoot.querySelector('[part=input-field]'));"
                            + "const box = getComputedStyle(document.querySelector('vaadin-checkbox:not([checked])')"
                            + "  .shadowRoot.querySelector('[part=checkbox]'));"
                            + "const border = (style, width, colour) => parseFloat(style.getPropertyValue(width)) >= 1"
                            + "  ? resolve(style.getPropertyValue(colour)) : 'transparent';"
                            + "return { 'focus ring': resolve('var(--vaadin-focus-ring-color,"
                            + "   var(--lumo-primary-color-50pct))'),"
                            + " 'Lumo focus ring (--lumo-primary-color-50pct)': resolve('var(--lumo-primary-color-50pct)'),"
                            + " 'text field fill': field.backgroundColor,"
                            + " 'text field border': border(field, '--_input-border-width', '--_input-border-color'),"
                            + " 'unchecked checkbox fill': box.backgroundColor,"
                            + " 'unchecked checkbox border': border(box, '--_input-border-width', '--_input-border-color') };");
            assertThat(contrastOnWhite(colours.get("focus ring"))).as(colours.toString()).isGreaterThanOrEqualTo(3.0);
            assertThat(contrastOnWhite(colours.get("Lumo focus ring (--lumo-primary-color-50pct)")))
                    .as(colours.toString()).isGreaterThanOrEqualTo(3.0);
            assertThat(Math.max(contrastOnWhite(colours.get("text field fill")),
                    contrastOnWhite(colours.get("text field border")))).as(colours.toString())
                    .isGreaterThanOrEqualTo(3.0);
            assertThat(Math.max(contrastOnWhite(colours.get("unchecked checkbox fill")),
                    contrastOnWhite(colours.get("unchecked checkbox border")))).as(colours.toString())
                    .isGreaterThanOrEqualTo(3.0);
        }
    }

    /** WCAG's contrast ratio of a CSS colour, laid over white as a browser would paint it, against white. */
    static double contrastOnWhite(String cssColour) {
        java.util.regex.Matcher rgba = java.util.regex.Pattern
                .compile("rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)(?:,\\s*([\\d.]+))?\\)")
                .matcher(cssColour);
        if (!rgba.find()) {
            return 1.0;
        }
        double alpha = rgba.group(4) == null ? 1.0 : Double.parseDouble(rgba.group(4));
        double luminance = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double channel = (alpha * Double.parseDouble(rgba.group(i + 1)) + (1 - alpha) * 255) / 255;
            luminance += weights[i] * (channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4));
        }
        return 1.05 / (luminance + 0.05);
    }

    /** The views of the menu, in its order, as paths. */
    private static List<String> menuOf(Browser browser) {
        browser.waitFor(By.cssSelector("vaadin-side-nav vaadin-side-nav-item"));
        List<String> paths = new ArrayList<>();
        for (WebElement item : browser.driver.findElements(By.cssSelector("vaadin-side-nav > vaadin-side-nav-item"))) {
            paths.add("/" + item.getDomAttribute("path"));
        }
        return paths;
    }

    /** The axe-core violations of WCAG 2.2 A/AA on the page shown, once it has settled. */
    public static List<String> audit(Browser browser, String who, Dimension size, String path) {
        settle(browser);
        List<String> found = new ArrayList<>();
        var axe = new AxeBuilder().withTags(WCAG_AA).setTimeout(120);
        var results = axe.analyze(browser.driver);
        if (results.isErrored()) {
            results = axe.analyze(browser.driver);
        }
        if (results.isErrored()) {
            found.add(who + " " + path + ": axe failed: " + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            rule.getNodes().forEach(node -> found.add(String.format("%s %dx%d %s: %s (%s) at %s %s%n    %s",
                    who, size.width, size.height, path, rule.getId(), rule.getImpact(), node.getTarget(),
                    node.getHtml(), node.getFailureSummary().replace("\n", " "))));
        }
        return found;
    }

    /** Waits for the page to load and Vaadin to finish its round trips, then for two frames to be drawn. */
    private static void settle(Browser browser) {
        browser.waitUntil(() -> String.valueOf(((JavascriptExecutor) browser.driver).executeScript(
                "const flow = window.Vaadin && window.Vaadin.Flow;"
                        + "return document.readyState === 'complete' && !!flow && !!flow.clients"
                        + " && Object.values(flow.clients).every(c => !c.isActive || !c.isActive())")),
                "true"::equals);
        ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 150)));");
    }

    /** Every route the application declares, as its template. */
    private static Set<String> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = new LinkedHashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.dischargehub")) {
            try {
                routes.add(Class.forName(candidate.getBeanClassName()).getAnnotation(Route.class).value());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return routes;
    }

    /**
     * The people and data of the audit: a referral waiting for triage (past its ready date), one offered to the
     * home-care provider, one with a bed reserved (the referral page audited), one in its funded period and one gone
     * home on pathway 0 with a call due; capacity posted, and a status return from the bed-based provider.
     */
    record Scene(Map<String, String> users, String referral) {

        static Scene set(int port) {
            Hub hub = Hub.on(port, "AX");
            String locality = hub.locality();
            String homeCare = hub.homeCare();
            String bedBased = hub.county.bedBasedProvider("AXBB");
            String setting = hub.county.setting("AXS", bedBased, locality, 1, "150.00", false);
            String bed = hub.county.bed(setting, "01", "REHAB");
            String secondBed = hub.county.bed(setting, "02", "REHAB");
            String bedsUser = hub.county.user("ax-beds", "PROVIDER", bedBased);

            referral(hub, locality);
            String offered = referral(hub, locality);
            ok(hub.mdt.post("/api/referrals/" + offered + "/triage", Map.of("pathway", 1, "hoursPerWeek", 10,
                    "startDate", TestClock.today().toString(), "rationale", "Help with meals")));
            ok(hub.coordinator.post("/api/referrals/" + offered + "/allocation",
                    Map.of("providerCode", homeCare, "startDate", TestClock.today().toString())));
            String reserved = bedded(hub, locality, bed);
            String funded = bedded(hub, locality, secondBed);
            ok(hub.coordinator.post("/api/referrals/" + funded + "/discharge",
                    Map.of("dischargedOn", TestClock.today().toString())));
            String home = referral(hub, locality);
            ok(hub.mdt.post("/api/referrals/" + home + "/triage", Map.of("pathway", 0, "rationale", "Home")));
            ok(hub.mdt.post("/api/referrals/" + home + "/discharge",
                    Map.of("dischargedOn", TestClock.today().toString())));
            ok(hub.as(bedsUser).put("/api/providers/" + bedBased + "/status/" + TestClock.today(), Map.of(
                    "outbreak", "NONE", "peopleAffected", 0, "staffTotal", 40,
                    "staffAbsent", 8, "vacancies", 2, "agencyUse", true, "crossSettingWorking", false,
                    "ppeDaysLeft", 20, "canAdmit", true)));

            Map<String, String> users = new java.util.LinkedHashMap<>();
            users.put("manager", "manager");
            users.put("coordinator", "coordinator");
            users.put("mdt", "mdt");
            users.put(hub.homeCareUsername(), County.password());
            users.put(bedsUser, County.password());
            users.put("caller", "caller");
            return new Scene(users, reserved);
        }

        /** A person referred by the MDT, ready to leave since yesterday. */
        static String referral(Hub hub, String locality) {
            Api.Response created = hub.mdt.post("/api/referrals",
                    People.referral(locality, TestClock.now().minus(1, ChronoUnit.DAYS)));
            ok(created);
            return created.json().path("id").asText();
        }

        private static String bedded(Hub hub, String locality, String bed) {
            String id = referral(hub, locality);
            ok(hub.mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 2, "bedType", "REHAB",
                    "rationale", "Rehabilitation after a fall")));
            ok(hub.coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed)));
            return id;
        }

        static void ok(Api.Response response) {
            assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        }
    }
}
