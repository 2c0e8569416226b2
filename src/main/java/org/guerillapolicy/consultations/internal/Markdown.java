package org.guerillapolicy.consultations.internal;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.guerillapolicy.platform.SafeMarkdown;
import org.springframework.stereotype.Component;

/**
 * Background documents written in Markdown, turned into safe HTML by {@link SafeMarkdown}, with headings
 * moved down to sit under the page's own.
 */
@Component
public class Markdown {

    /** The page's own h1 and h2 come first, so a document's headings start at h3. */
    private static final int HEADING_OFFSET = 2;

    private final Parser parser = Parser.builder().build();

    public String toHtml(String markdown) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + HEADING_OFFSET));
                visitChildren(heading);
            }
        });
        return SafeMarkdown.toHtml(document);
    }
}
