package org.guerillapolicy.messages.internal;

import java.util.EnumSet;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;
import org.nibor.autolink.Span;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns a message as typed into safe HTML: text is escaped, line breaks kept and web addresses become
 * links. The sanitiser then allows nothing but those links and breaks, so a mistake here cannot let
 * script through.
 */
public final class MessageText {

    private static final LinkExtractor LINKS = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW)).build();

    private static final PolicyFactory SAFE_LINKS = new HtmlPolicyBuilder()
            .allowElements("a", "br")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https")
            .requireRelsOnLinks("nofollow", "noopener", "ugc")
            .toFactory();

    private MessageText() {
    }

    public static String toHtml(String body) {
        StringBuilder html = new StringBuilder();
        for (Span span : LINKS.extractSpans(body)) {
            String text = body.substring(span.getBeginIndex(), span.getEndIndex());
            if (span instanceof LinkSpan link) {
                String href = link.getType() == LinkType.WWW ? "https://" + text : text;
                html.append("<a href=\"").append(HtmlUtils.htmlEscape(href)).append("\">")
                        .append(HtmlUtils.htmlEscape(text)).append("</a>");
            } else {
                html.append(HtmlUtils.htmlEscape(text).replace("\r\n", "\n").replace("\n", "<br>"));
            }
        }
        return SAFE_LINKS.sanitize(html.toString());
    }
}
