package org.guerillapolicy.platform;

import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one way Markdown that people wrote becomes HTML: raw HTML in it is shown as text, unsafe link schemes
 * (javascript: and the like) are dropped, and the result passes the OWASP sanitizer as a second guard, so
 * nothing anyone writes runs in a reader's browser. Modules parse (they may need source spans or to
 * adjust headings) and hand the parsed nodes here.
 */
public final class SafeMarkdown {

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    /** Only the elements Markdown makes, and links to web or mail addresses. */
    private static final PolicyFactory SAFE = Sanitizers.BLOCKS.and(Sanitizers.FORMATTING).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a").allowAttributes("href").onElements("a")
                    .allowStandardUrlProtocols().requireRelsOnLinks("nofollow", "noopener")
                    .allowElements("pre", "hr", "code")
                    .toFactory());

    private SafeMarkdown() {
    }

    public static String toHtml(Node node) {
        return SAFE.sanitize(RENDERER.render(node));
    }
}
