package org.guerillapolicy.conversations.internal;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;
import org.nibor.autolink.Span;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * Turns what someone typed into safe HTML: text is escaped, web addresses become links, #hashtags link
 * to their timeline, @mentions of existing accounts to their profile and !addresses of groups to the group.
 * The result is passed through a sanitiser that allows nothing but those links, so a mistake here cannot
 * let script through.
 */
public final class PostText {

    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_#])#(\\p{L}[\\p{L}\\p{N}_]{0,49})");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_@.])@([A-Za-z0-9_]{3,30})(?![A-Za-z0-9_])");
    /** A group named by its web address, like !carers-leeds, which also posts into that group. */
    private static final Pattern GROUP = Pattern.compile("(?<![\\p{L}\\p{N}_!])!([A-Za-z0-9][A-Za-z0-9-]{1,39})(?![A-Za-z0-9-])");
    private static final Pattern TAG_OR_MENTION = Pattern.compile(
            HASHTAG.pattern() + "|" + MENTION.pattern() + "|" + GROUP.pattern());

    private static final LinkExtractor LINKS = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW)).build();

    private static final PolicyFactory SAFE_LINKS = new HtmlPolicyBuilder()
            .allowElements("a")
            .allowAttributes("href").onElements("a")
            .allowAttributes("class").matching(Pattern.compile("mention|hashtag|group-link")).onElements("a")
            .allowUrlProtocols("http", "https")
            .requireRelsOnLinks("nofollow", "noopener", "ugc")
            .toFactory();

    private PostText() {
    }

    /** The hashtags in a text, lower-cased, without the #. */
    public static Set<String> tags(String body) {
        Set<String> tags = new LinkedHashSet<>();
        forEachOutsideLinks(body, text -> {
            Matcher m = HASHTAG.matcher(text);
            while (m.find()) {
                tags.add(normaliseTag(m.group(1)));
            }
        });
        return tags;
    }

    /** The usernames mentioned in a text, without the @, as written. */
    public static Set<String> mentions(String body) {
        Set<String> names = new LinkedHashSet<>();
        forEachOutsideLinks(body, text -> {
            Matcher m = MENTION.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
        });
        return names;
    }

    /** The group addresses named in a text with !, lower-cased, in order. */
    public static Set<String> groups(String body) {
        Set<String> slugs = new LinkedHashSet<>();
        forEachOutsideLinks(body, text -> {
            Matcher m = GROUP.matcher(text);
            while (m.find()) {
                slugs.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        });
        return slugs;
    }

    public static String normaliseTag(String tag) {
        return tag.toLowerCase(Locale.ROOT);
    }

    public static String toHtml(String body, Predicate<String> isAccount, Predicate<String> isGroup) {
        StringBuilder html = new StringBuilder();
        for (Span span : LINKS.extractSpans(body)) {
            String text = body.substring(span.getBeginIndex(), span.getEndIndex());
            if (span instanceof LinkSpan link) {
                String href = link.getType() == LinkType.WWW ? "https://" + text : text;
                html.append("<a href=\"").append(HtmlUtils.htmlEscape(href)).append("\">")
                        .append(HtmlUtils.htmlEscape(text)).append("</a>");
            } else {
                appendTagsAndMentions(html, text, isAccount, isGroup);
            }
        }
        return SAFE_LINKS.sanitize(html.toString());
    }

    private static void appendTagsAndMentions(StringBuilder html, String text, Predicate<String> isAccount,
                                              Predicate<String> isGroup) {
        Matcher m = TAG_OR_MENTION.matcher(text);
        int last = 0;
        while (m.find()) {
            html.append(HtmlUtils.htmlEscape(text.substring(last, m.start())));
            String tag = m.group(1);
            String username = m.group(2);
            String group = m.group(3);
            if (tag != null) {
                html.append("<a class=\"hashtag\" href=\"/tags/")
                        .append(UriUtils.encodePathSegment(normaliseTag(tag), "UTF-8")).append("\">#")
                        .append(HtmlUtils.htmlEscape(tag)).append("</a>");
            } else if (group != null) {
                String slug = group.toLowerCase(Locale.ROOT);
                if (isGroup.test(slug)) {
                    html.append("<a class=\"group-link\" href=\"/groups/").append(slug).append("\">!")
                            .append(HtmlUtils.htmlEscape(group)).append("</a>");
                } else {
                    html.append(HtmlUtils.htmlEscape(m.group()));
                }
            } else if (isAccount.test(username)) {
                html.append("<a class=\"mention\" href=\"/@").append(username).append("\">@")
                        .append(username).append("</a>");
            } else {
                html.append(HtmlUtils.htmlEscape(m.group()));
            }
            last = m.end();
        }
        html.append(HtmlUtils.htmlEscape(text.substring(last)));
    }

    private static void forEachOutsideLinks(String body, java.util.function.Consumer<String> action) {
        for (Span span : LINKS.extractSpans(body)) {
            if (!(span instanceof LinkSpan)) {
                action.accept(body.substring(span.getBeginIndex(), span.getEndIndex()));
            }
        }
    }
}
