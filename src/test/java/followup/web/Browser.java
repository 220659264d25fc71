package followup.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver. Never downloaded: CI installs both
 * ({@code .ci/run}); without them the browser tests fail, saying what to install.
 */
final class Browser {
    /** Kept here: a logger only referred to by the log manager may be collected, and its level forgotten with it. */
    private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

    private Browser() {
    }

    static ChromeDriver start() {
        return start(true);
    }

    /** @param script false: a browser whose user turned JavaScript off */
    static ChromeDriver start(boolean script) {
        SELENIUM.setLevel(Level.SEVERE);
        Path chromium = find("CHROME_BIN", "chromium", "chromium-browser", "google-chrome");
        Path driver = find("CHROMEDRIVER", "chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // root in a container has no user namespace for Chromium's sandbox
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=en-US", "--no-first-run", "--disable-extensions");
        if (!script) {
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().withLogOutput(java.io.OutputStream.nullOutputStream()).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /** The program named by the environment variable, or the first of the names on the PATH. */
    private static Path find(String variable, String... names) {
        String given = System.getenv(variable);
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            for (String name : names) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        throw new AssertionError("the browser tests need " + String.join(" or ", names) + " on the PATH (or "
                + variable + "): apt-get install chromium chromium-driver");
    }
}
