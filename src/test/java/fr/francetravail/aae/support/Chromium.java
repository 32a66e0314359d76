package fr.francetravail.aae.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven by Selenium, for the browser tests; they are skipped, with a message saying why, where the
 * Debian packages {@code chromium} and {@code chromium-driver} are not installed.
 */
public final class Chromium {

    public static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    /** A browser whose user speaks this language (e.g. {@code fr-FR}), with a window tall enough for a whole page. */
    public static ChromeDriver start(String language) {
        assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                "Test navigateur ignoré : installer les paquets Debian chromium et chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
        ChromeOptions options = new ChromeOptions().setBinary(BINARY.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,2000", "--lang=" + language);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString())).build(), options);
    }

    /** Opens a page of the Camunda webapps and logs in there through their login form (password = user id). */
    public static void logIn(WebDriver browser, String url, String user) {
        browser.get(url);
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        WebElement login = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
        login.findElement(By.cssSelector("input[type='text']")).sendKeys(user);
        login.findElement(By.cssSelector("input[type='password']")).sendKeys(user);
        login.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
    }

    /** Claims the task open in Tasklist with its « Prendre » button and waits until the claim is through. */
    public static void claimOpenTask(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    }

    /**
     * Types each value into the text area under its label in the task form open in Tasklist, as a user would, until the
     * form keeps them all and Tasklist's « Terminer » is enabled; returns that button. Tasklist renders the form again
     * once the claim is through (a second rendering, whose moment depends on the load, blanks what was typed into the
     * first one): what was blanked is typed again, the way the user would.
     */
    public static WebElement fillUntilKept(WebDriver browser, Map<String, String> valuesByLabel) {
        return new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class).until(driver -> {
            valuesByLabel.forEach((label, value) -> {
                WebElement field = driver.findElement(By.xpath(
                        "//label[starts-with(normalize-space(), \"" + label + "\")]/following::textarea[1]"));
                if (field.isEnabled() && !value.equals(field.getDomProperty("value"))) {
                    field.clear();
                    field.sendKeys(value);
                }
            });
            WebElement complete = driver.findElement(By.cssSelector("button[ng-click='complete()']"));
            return complete.isEnabled() ? complete : null;
        });
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}, for review; returns the file. */
    public static Path screenshot(WebDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
