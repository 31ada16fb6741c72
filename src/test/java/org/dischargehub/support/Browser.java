package org.dischargehub.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/** Debian's headless Chromium driven by Selenium, signed in through the real login page. */
public final class Browser implements AutoCloseable {

    public final WebDriver driver;
    private final int port;
    private final WebDriverWait wait;
    /** Chromium's profile for this browser only (about 50 MB), deleted when it quits. */
    private final Path profile;

    private Browser(int port, int width, int height) {
        this.port = port;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        try {
            profile = Files.createTempDirectory("hub-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    public static Browser laptop(int port) {
        return new Browser(port, 1366, 900);
    }

    public static Browser phone(int port) {
        return new Browser(port, 390, 844);
    }

    public Browser signIn(String username, String password) {
        driver.get("http://localhost:" + port + "/login");
        WebElement user = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        return this;
    }

    public void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /**
     * Follows a link in the page, as the menu does: the router swaps the view, no page load. Home forwards each role
     * to its landing page, wherever that is.
     */
    public void navigate(String path) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        if (path.equals(script.executeScript("return location.pathname"))) {
            return; // already shown (the landing page right after signing in)
        }
        script.executeScript("const link = document.createElement('a');"
                + "link.href = new URL(arguments[0], document.baseURI); document.body.appendChild(link);"
                + " link.click(); link.remove();", path.substring(1));
        waitUntil(() -> String.valueOf(script.executeScript("return location.pathname + location.search")),
                shown -> path.equals("/") || path.equals(shown));
    }

    public WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Scrolls the element into view and clicks it as a person would, whatever overlaps its edge. */
    public void click(By by) {
        scriptClick(wait.until(ExpectedConditions.presenceOfElementLocated(by)));
    }

    private void scriptClick(WebElement element) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    /**
     * Opens the select and picks the shown item whose text contains {@code item}, then waits until the overlay has
     * closed and the select shows the item. The item is clicked as a script: on a phone the select opens as an
     * animated bottom sheet, and a click at a point can land on another element while the sheet moves.
     */
    public void choose(By select, String item) {
        WebElement field = waitFor(select);
        field.click();
        WebElement option = wait.until(d -> d.findElements(By.xpath("//vaadin-select-item[contains(normalize-space(.), "
                + literal(item) + ")]")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        scriptClick(option);
        By opened = By.cssSelector("vaadin-select-overlay[opened]");
        try {
            new WebDriverWait(driver, Duration.ofSeconds(3))
                    .until(ExpectedConditions.invisibilityOfElementLocated(opened));
        } catch (org.openqa.selenium.TimeoutException e) {
            // still open after the click (the home-care phone test once met this): Escape closes it
            new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(opened));
        waitUntil(() -> String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return arguments[0].querySelector('vaadin-select-value-button').textContent", field)),
                shown -> shown.contains(item.trim()));
    }

    /** Text as an XPath string literal, quoted so that an apostrophe in it stays text. */
    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    public void waitForText(String text) {
        wait.until(d -> d.getPageSource().contains(text));
    }

    /** The text of a grid's rendered cells, row by row and column by column, separated by "|". */
    public String gridCells(String gridId) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "const grid = document.getElementById(arguments[0]);"
                        + "return grid ? Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))"
                        + ".filter(c => c.assignedSlot && c.assignedSlot.parentElement"
                        + " && !c.assignedSlot.parentElement.parentElement.hidden"
                        + " && c.assignedSlot.parentElement.tagName === 'TD')"
                        + ".sort((a, b) => { const ra = a.assignedSlot.parentElement.parentElement;"
                        + " const rb = b.assignedSlot.parentElement.parentElement;"
                        + " return (ra.index - rb.index) || (a.assignedSlot.parentElement.cellIndex"
                        + " - b.assignedSlot.parentElement.cellIndex); })"
                        + ".map(c => c.textContent.trim()).filter(t => t !== '').join('|') : ''", gridId));
    }

    /**
     * Waits for what the page shows to pass the check; on a timeout, says what it showed last. An element that a live
     * update redraws while it is read is read again at the next poll.
     */
    public void waitUntil(java.util.function.Supplier<String> shown, java.util.function.Predicate<String> check) {
        String[] last = new String[1];
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> check.test(last[0] = shown.get()));
        } catch (org.openqa.selenium.TimeoutException e) {
            String name = "failed-" + System.currentTimeMillis();
            screenshot(name);
            throw new AssertionError("The page still shows: " + last[0] + " (see " + name + ".png)", e);
        }
    }

    public void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the page wrote to the console since the last call, e.g. a refused script or a CSP violation. */
    public java.util.List<String> consoleMessages() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    /** Clicks the menu's Sign out and waits for the login page. */
    public void signOut() {
        waitFor(By.id("sign-out")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
    }

    /**
     * Signs out (when the page shows the menu's Sign out) before the browser quits, so the test leaves no live screen
     * behind in the shared hub to keep redrawing, and logging views, as later tests change things.
     */
    @Override
    public void close() {
        try {
            List<WebElement> signOut = driver.findElements(By.id("sign-out"));
            if (!signOut.isEmpty() && signOut.get(0).isDisplayed()) {
                signOut();
            }
        } catch (WebDriverException notPossibleHere) {
            // a dialog over the page, or a page that was already gone: the screen expires with its session
        } finally {
            driver.quit();
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
