package org.guerillapolicy.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright, for browser journeys. Register it in a journey class with
 * {@code @RegisterExtension static Browser browser = new Browser();}: one browser per class, a fresh
 * context (cookies, storage) per journey. Every page a journey loads must pass an axe-core scan for WCAG
 * 2.2 AA; {@link #visit(String)} scans as it goes, {@link #scan()} scans after a click or form submission,
 * and a journey that leaves a loaded page unscanned fails.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String AXE_CORE = AxeBuilder.getAxeScript();
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Playwright playwright;
    private com.microsoft.playwright.Browser chromium;
    private BrowserContext context;
    private Page page;
    private final List<String> unscannedPages = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext extensionContext) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(CHROMIUM + " is missing; install it with: bash .ci/install-chromium");
        }
        // Set here as well as in the Maven build so that journeys also run from an IDE: without it
        // Playwright tries to download its own browsers, which needs internet access.
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                // Root in containers needs --no-sandbox; the rest keep Chromium from calling home.
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    @Override
    public void beforeEach(ExtensionContext extensionContext) {
        context = chromium.newContext();
        // axe-core goes into every page as it loads, once, rather than being sent again for each scan.
        context.addInitScript(AXE_CORE);
        page = context.newPage();
        unscannedPages.clear();
        page.onLoad(loaded -> unscannedPages.add(loaded.url()));
    }

    @Override
    public void afterEach(ExtensionContext extensionContext) {
        List<String> missed = List.copyOf(unscannedPages);
        context.close();
        // A journey that already failed has its own, more useful, message.
        if (extensionContext.getExecutionException().isEmpty() && !missed.isEmpty()) {
            throw new AssertionError("The journey loaded pages without an accessibility scan: " + missed
                    + "; call browser.scan() after each click or form submission that loads a page");
        }
    }

    @Override
    public void afterAll(ExtensionContext extensionContext) {
        if (playwright != null) {
            playwright.close();
        }
    }

    /** The current journey's page. */
    public Page page() {
        return page;
    }

    /** Goes to the address and checks the page it shows is accessible. */
    public Page visit(String url) {
        page.navigate(url);
        scan();
        return page;
    }

    /** Joins through the sign-up form, which signs the new member in and asks for their profile. */
    public void signUp(String baseUrl, String username, String name) {
        visit(baseUrl + "/signup");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Name to show").fill(name);
        page.getByLabel("Email address").fill(username + "@example.org");
        page.getByLabel("Password").fill(Members.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        scan();
        assertThat(page.locator("h1")).hasText("Your profile");
    }

    /** Signs in to an existing account made with {@link Members#PASSWORD}; sign-in leads home. */
    public void signIn(String baseUrl, String username) {
        visit(baseUrl + "/signin");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(Members.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        scan();
        assertThat(page.locator("h1")).hasText("Home");
    }

    public void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        scan();
    }

    /** Checks the page now shown is accessible, once it has finished loading. */
    public void scan() {
        page.waitForLoadState(LoadState.LOAD);
        try {
            assertAccessible(page);
        } finally {
            // Cleared after the scan, not before: the page's load event can reach us while axe runs.
            unscannedPages.clear();
        }
    }

    /**
     * Runs axe-core, which every page of the journey's context already holds (see {@link #beforeEach}), for
     * WCAG 2.2 AA, and fails with each violation and where it is.
     */
    @SuppressWarnings("unchecked")
    public static void assertAccessible(Page page) {
        List<String> violations = (List<String>) page.evaluate("""
                async (tags) => {
                  const results = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
                  return results.violations.map(v => '- ' + v.id + ': ' + v.help + ' (' + v.helpUrl + ')\\n'
                      + v.nodes.map(node => '    ' + JSON.stringify(node.target)).join('\\n'));
                }""", WCAG_22_AA);
        if (!violations.isEmpty()) {
            throw new AssertionError("Accessibility violations on " + page.url() + ":\n" + String.join("\n", violations));
        }
    }
}
