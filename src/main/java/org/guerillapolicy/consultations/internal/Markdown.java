package org.guerillapolicy.consultations.internal;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Background documents written in Markdown, turned into HTML that is safe to show: raw HTML in the text is
 * escaped, unsafe link schemes are dropped, and the result is sanitised again as a second line of defence.
 */
@Component
public class Markdown {

    /** The page's own h1 and h2 come first, so a document's headings start at h3. */
    private static final int HEADING_OFFSET = 2;

    private static final PolicyFactory POLICY = Sanitizers.BLOCKS.and(Sanitizers.FORMATTING).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("pre", "hr").toFactory());

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    public String toHtml(String markdown) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + HEADING_OFFSET));
                visitChildren(heading);
            }
        });
        return POLICY.sanitize(renderer.render(document));
    }
}
