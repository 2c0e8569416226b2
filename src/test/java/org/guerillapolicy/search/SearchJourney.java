package org.guerillapolicy.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.guerillapolicy.support.Browser;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Someone looks for a housing practitioner in a place, with the search box and its filters. */
class SearchJourney extends IntegrationTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void findAPersonBySector() {
        String username = unique("kofi");
        String place = "Salford " + unique("x").replace("_", "");
        WebSession kofi = Members.joined(url(""), username);
        kofi.submit("form[action=/settings/profile]", Map.of("displayName", "Kofi Search", "roles", "PRACTITIONER",
                "sectors", "HOUSING", "locality", place));

        Page page = browser.visit(url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Search")).click();
        browser.scan();
        page.getByText("Filter results").click();
        page.getByLabel("Sector").selectOption("HOUSING");
        page.getByLabel("Place").fill(place);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        browser.scan();

        assertThat(page.locator(".search-hit")).hasCount(1);
        assertThat(page.locator(".search-hit")).containsText("Kofi Search");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kofi Search")).click();
        browser.scan();
        assertThat(page.locator("h1")).hasText("Kofi Search");
    }
}
