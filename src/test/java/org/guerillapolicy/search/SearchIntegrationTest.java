package org.guerillapolicy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guerillapolicy.search.internal.Reindex;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SearchIntegrationTest extends IntegrationTest {

    @Autowired
    Reindex reindex;

    @Autowired
    JdbcClient jdbc;

    @Test
    void findsPeopleByNameAndByRoleSectorAndPlace() {
        String username = unique("sector");
        String place = unique("town");
        WebSession member = Members.joined(url(""), username);
        member.submit("form[action=/settings/profile]", Map.of("displayName", "Ngozi Search", "roles", "COMMISSIONER",
                "sectors", "HOUSING", "locality", place));

        WebSession visitor = new WebSession(url(""));
        assertThat(hits(visitor.get("/search?q=" + username).page())).first().asString().contains("/@" + username);
        assertThat(hits(visitor.get("/search?q=&sector=HOUSING&role=COMMISSIONER&locality=" + place).page()))
                .singleElement().asString().contains("/@" + username);
        assertThat(hits(visitor.get("/search?q=&sector=HEALTH&locality=" + place).page())).isEmpty();
    }

    @Test
    void findsPostsWithEscapedSnippetsAndTheirHashtags() {
        String word = unique("zebra").replace("_", "");
        WebSession author = Members.joined(url(""), unique("poster"));
        long id = Members.post(author, "Talking about " + word + " crossings <b>now</b> #" + word, false);

        Document page = new WebSession(url("")).get("/search?q=" + word).page();

        assertThat(hits(page)).anySatisfy(link -> assertThat(link).endsWith("/" + id));
        assertThat(page.select(".search-hit .post__body mark").eachText()).contains(word);
        assertThat(page.select(".search-hit .post__body b")).isEmpty();
        assertThat(page.select(".tag-list a").eachText()).containsExactly("#" + word);
    }

    @Test
    void exactNameMatchesComeFirst() {
        String name = unique("exact");
        Members.joined(url(""), name);
        WebSession other = Members.joined(url(""), unique("mentions"));
        Members.post(other, "I keep talking about " + name + " and " + name + " again", false);

        assertThat(hits(new WebSession(url("")).get("/search?q=" + name).page())).first().asString().endsWith("/@" + name);
    }

    @Test
    void resultsPageAndBadFiltersAreIgnoredNotErrors() {
        String word = unique("paged").replace("_", "");
        WebSession author = Members.joined(url(""), unique("pages"));
        for (int i = 0; i < 22; i++) {
            Members.post(author, "Post " + i + " about " + word, false);
        }
        WebSession visitor = new WebSession(url(""));
        Document first = visitor.get("/search?q=" + word + "&kind=POST").page();
        assertThat(hits(first)).hasSize(20);
        Document second = visitor.get(first.select("a:contains(More results)").attr("href")).page();
        assertThat(hits(second)).hasSize(2);

        assertThat(visitor.get("/search?q=" + word + "&kind=NONSENSE&page=x").status()).isEqualTo(200);
        var tooLong = visitor.get("/search?q=" + "a".repeat(201));
        assertThat(tooLong.page().select(".error-summary").text()).contains("200 characters or fewer");
    }

    @Test
    void reindexRebuildsDocumentsFromTheSourceTables() {
        String word = unique("rebuilt").replace("_", "");
        WebSession author = Members.joined(url(""), unique("reindex"));
        Members.post(author, "Something about " + word, false);
        jdbc.sql("delete from search_documents where body like :w").param("w", "%" + word + "%").update();
        assertThat(hits(new WebSession(url("")).get("/search?q=" + word).page())).isEmpty();

        List<String> progress = new ArrayList<>();
        reindex.run(progress::add);

        assertThat(progress).anyMatch(line -> line.matches("Indexed \\d+ posts"));
        assertThat(hits(new WebSession(url("")).get("/search?q=" + word).page())).hasSize(1);
    }

    private static List<String> hits(Document page) {
        return page.select(".search-hit a.post__author").eachAttr("href");
    }
}
