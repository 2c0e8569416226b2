package org.guerillapolicy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.search.internal.Reindex;
import org.guerillapolicy.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How fast search answers with a realistic amount of writing: 200,000 posts by 2,000 people, a tenth of
 * them in 100 private groups, then a rebuild of the index and timed queries as a visitor and as a member.
 * Not part of the test suite (its name is not a test's); run it with
 * {@code mvn test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. It prints its figures.
 */
class SearchBenchmark extends IntegrationTest {

    private static final int PEOPLE = 2_000;
    private static final int POSTS = 200_000;
    private static final int GROUPS = 100;
    private static final int RUNS = 200;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reindex reindex;

    @Autowired
    Search search;

    @Test
    void searchAtScale() {
        String prefix = unique("bench");
        long start = System.nanoTime();
        seed(prefix);
        System.out.printf("Seeded %,d posts in %.1f s%n", POSTS, seconds(start));

        start = System.nanoTime();
        reindex.run(line -> { });
        System.out.printf("Reindexed everything in %.1f s%n", seconds(start));

        long member = jdbc.sql("select account_id from group_members m join groups g on g.id = m.group_id where g.slug like :p limit 1")
                .param("p", prefix + "%").query(Long.class).single();
        Viewer visitor = Viewer.anonymous();
        Viewer insider = new Viewer(member, "member", "member");
        time("common word, visitor", () -> search.search(query("respite"), visitor));
        time("common word, member", () -> search.search(query("respite"), insider));
        time("two words, visitor", () -> search.search(query("carers budget"), visitor));
        time("rare word, visitor", () -> search.search(query("ombudsman"), visitor));
        time("people in a sector", () -> search.search(new SearchQuery("", ResultKind.PERSON, null,
                org.guerillapolicy.accounts.Sector.HOUSING, "", 1), visitor));
        time("page 5 of a common word", () -> search.search(new SearchQuery("respite", null, null, null, "", 5), visitor));
        assertThat(search.search(query("respite"), visitor).hits()).isNotEmpty();
        assertThat(search.search(query("ombudsman"), visitor).hits()).isNotEmpty();
    }

    private static SearchQuery query(String text) {
        return new SearchQuery(text, null, null, null, "", 1);
    }

    /** People, groups and posts straight into the tables, with words drawn from a small vocabulary. */
    private void seed(String prefix) {
        jdbc.sql("""
                insert into accounts (id, username, display_name, email, password_hash, kind, locality, sectors)
                select 9000000000000000000 - g, :prefix || '_' || g, 'Person ' || g, :prefix || g || '@example.org',
                       '{noop}x', 'PERSON', (array['Leeds','Cardiff','Norwich','Salford'])[1 + g % 4],
                       array[(array['HEALTH','HOUSING','WELFARE','JUSTICE'])[1 + g % 4]]
                  from generate_series(1, :people) g""")
                .param("prefix", prefix).param("people", PEOPLE).update();
        jdbc.sql("""
                insert into groups (id, slug, name, visibility, created_by)
                select 9100000000000000000 - g, :prefix || '-' || g, 'Group ' || g, 'PRIVATE', 9000000000000000000 - g
                  from generate_series(1, :groups) g""")
                .param("prefix", prefix.replace('_', '-')).param("groups", GROUPS).update();
        jdbc.sql("""
                insert into group_members (group_id, account_id, role)
                select 9100000000000000000 - g, 9000000000000000000 - g, 'OWNER' from generate_series(1, :groups) g""")
                .param("groups", GROUPS).update();
        // Twelve words a post: mostly from a long tail of 20,000, one in ten a topic word, and "ombudsman" rare.
        jdbc.sql("""
                with topics as (select array['respite','carers','budget','housing','benefit','assessment','waiting',
                        'nurse','school','court','tenancy','dementia','funding','council','support','family',
                        'review','crisis','transport','advice','referral','discharge','rent','debt','appeal'] as t)
                insert into posts (id, author_id, body, body_html, conversation_id, group_id)
                select 9200000000000000000 - p, 9000000000000000000 - (1 + p % :people), body, body,
                       9200000000000000000 - p,
                       case when p % 10 = 0 then 9100000000000000000 - (1 + p % :groups) end
                  from generate_series(1, :posts) p, topics,
                       lateral (select string_agg(case
                                    when i = 1 and p % 1000 = 1 then 'ombudsman'
                                    when random() < 0.1 then t[1 + floor(random() * 25)::int]
                                    else 'w' || floor(random() * 20000)::int end, ' ') as body
                                  from generate_series(1, 12) i) b""")
                .param("people", PEOPLE).param("groups", GROUPS).param("posts", POSTS).update();
    }

    private static void time(String what, Supplier<SearchResults> query) {
        for (int i = 0; i < 20; i++) {
            query.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("%-28s median %6.1f ms, 95th percentile %6.1f ms%n", what,
                millis.get(RUNS / 2), millis.get(RUNS * 95 / 100));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
