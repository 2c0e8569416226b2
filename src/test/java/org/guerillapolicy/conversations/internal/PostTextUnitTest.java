package org.guerillapolicy.conversations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PostTextUnitTest {

    @Test
    void findsHashtagsLowerCasedAndIgnoresThoseInsideLinksAndWords() {
        assertThat(PostText.tags("Respite #RespiteCare and #carers, see https://example.org/#anchor or C#"))
                .containsExactly("respitecare", "carers");
    }

    @Test
    void findsMentionsButNotEmailAddresses() {
        assertThat(PostText.mentions("Thanks @sam_j and @Kofi! Mail me at jo@example.org"))
                .containsExactly("sam_j", "Kofi");
    }

    @Test
    void linksTagsMentionsOfKnownAccountsAndWebAddresses() {
        String html = PostText.toHtml("Hi @sam_j and @nobody, #Carers www.example.org/x", Set.of("sam_j")::contains,
                slug -> false);

        assertThat(html)
                .contains("<a class=\"mention\" href=\"/&#64;sam_j\" rel=\"nofollow noopener ugc\">&#64;sam_j</a>")
                .contains("&#64;nobody")
                .doesNotContain("href=\"/&#64;nobody\"")
                .contains("<a class=\"hashtag\" href=\"/tags/carers\" rel=\"nofollow noopener ugc\">#Carers</a>")
                .contains("<a href=\"https://www.example.org/x\" rel=\"nofollow noopener ugc\">www.example.org/x</a>");
    }

    @Test
    void hostileInputStaysText() {
        String html = PostText.toHtml("""
                <script>alert(1)</script> <img src=x onerror=alert(2)> javascript:alert(3) \
                "><a href="javascript:alert(4)">x</a> https://example.org/"onmouseover="alert(5)""", name -> true,
                slug -> true);

        assertThat(html)
                .doesNotContain("<script", "<img", "href=\"javascript", "onmouseover=\"")
                .contains("&lt;script&gt;");
    }

    @Test
    void findsGroupAddressesAndLinksOnlyKnownGroups() {
        assertThat(PostText.groups("For !Carers-Leeds and !nope, not mail!x or !!twice"))
                .containsExactly("carers-leeds", "nope");
        String html = PostText.toHtml("For !Carers-Leeds and !nope", name -> false, Set.of("carers-leeds")::contains);

        assertThat(html)
                .contains("<a class=\"group-link\" href=\"/groups/carers-leeds\" rel=\"nofollow noopener ugc\">!Carers-Leeds</a>")
                .contains("!nope")
                .doesNotContain("/groups/nope");
    }
}
