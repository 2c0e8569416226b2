package org.guerillapolicy.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The accessibility scan every journey relies on finds real violations and passes a sound page. */
class BrowserScanTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void aPageWithAnUnlabelledFieldAndAnImageWithoutTextFails() {
        browser.page().navigate("data:text/html,<!DOCTYPE html><html lang=\"en\"><head><title>Bad</title></head>"
                + "<body><main><h1>Bad</h1><img src=\"x.png\"><input type=\"text\"></main></body></html>");
        assertThatThrownBy(browser::scan).isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt").hasMessageContaining("label");
    }

    @Test
    void aSoundPagePasses() {
        browser.page().navigate("data:text/html,<!DOCTYPE html><html lang=\"en\"><head><title>Good</title></head>"
                + "<body><main><h1>Good</h1><img src=\"x.png\" alt=\"A chart\"><label for=\"f\">Name</label>"
                + "<input id=\"f\" type=\"text\"></main></body></html>");
        assertThatCode(browser::scan).doesNotThrowAnyException();
    }
}
