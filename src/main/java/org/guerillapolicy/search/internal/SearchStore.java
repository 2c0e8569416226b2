package org.guerillapolicy.search.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;
import org.guerillapolicy.conversations.PostAudience;
import org.guerillapolicy.policy.ProjectAudience;
import org.guerillapolicy.search.ResultKind;
import org.guerillapolicy.search.SearchQuery;
import org.guerillapolicy.search.TagHit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The search queries. The audience rule of each kind of thing is part of the query itself, so results,
 * counts and pages only ever include what the viewer may see.
 */
@Repository
public class SearchStore {

    /** Marks around matched words in snippets; control characters cannot come from a web form. */
    public static final String MARK_START = "\u0001";
    public static final String MARK_END = "\u0002";

    private static final String DOCUMENTS = """
            with q as not materialized (select websearch_to_tsquery('english', :text) || websearch_to_tsquery('simple', :text) as query)
            select d.kind, d.ref_id, d.title, d.handle, d.roles, d.sectors, d.locality, d.author_id,
                   ts_headline('english', d.body, q.query,
                               'MaxFragments=1, MaxWords=35, MinWords=12, StartSel=' || :start || ', StopSel=' || :stop) as snippet
              from search_documents d cross join q
              left join posts p on d.kind = 'POST' and p.id = d.ref_id
              left join policy_projects pr on d.kind = 'PROJECT' and pr.id = d.ref_id
              left join consultations c on d.kind = 'CONSULTATION' and c.id = d.ref_id
             where (:text = '' or d.document @@ q.query)
               and (:kind = '' or d.kind = :kind)
               and (:role = '' or :role = any(d.roles))
               and (:sector = '' or :sector = any(d.sectors))
               and (:locality = '' or d.locality ilike :localityPattern)
               and (d.kind <> 'POST' or (p.id is not null and p.deleted_at is null and %s))
               and (d.kind <> 'PROJECT' or (pr.id is not null and %s))
               and (d.kind <> 'CONSULTATION' or (c.id is not null and c.published_at is not null))
             order by (lower(d.title) = lower(:text) or lower(d.handle) = lower(:handle) or :tag = any(d.tags)) desc,
                      ts_rank(d.document, q.query) desc, d.ref_id desc
             limit :limit offset :offset""".formatted(PostAudience.SQL, ProjectAudience.sql("pr"));

    private static final String TAGS = """
            select t.tag, count(*) as posts
              from post_tags t join posts p on p.id = t.post_id
             where t.tag like :prefix and %s
             group by t.tag
             order by (t.tag = :tag) desc, count(*) desc, t.tag
             limit 10""".formatted(PostAudience.SQL);

    private final JdbcClient jdbc;

    SearchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DocumentRow> documents(SearchQuery query, Long viewerId, int limit, int offset) {
        return jdbc.sql(DOCUMENTS)
                .param("text", query.text())
                .param("handle", query.text().replaceFirst("^@", ""))
                .param("tag", tag(query.text()))
                .param("kind", query.kind() == null ? "" : query.kind().name())
                .param("role", query.role() == null ? "" : query.role().name())
                .param("sector", query.sector() == null ? "" : query.sector().name())
                .param("locality", query.locality())
                .param("localityPattern", "%" + escapeLike(query.locality()) + "%")
                .param("viewer", PostAudience.viewerParameter(viewerId))
                .param("start", MARK_START)
                .param("stop", MARK_END)
                .param("limit", limit)
                .param("offset", offset)
                .query(SearchStore::row)
                .list();
    }

    public List<TagHit> tags(String text, Long viewerId) {
        String tag = tag(text);
        if (tag.isEmpty() || tag.contains(" ")) {
            return List.of();
        }
        return jdbc.sql(TAGS)
                .param("prefix", escapeLike(tag) + "%")
                .param("tag", tag)
                .param("viewer", PostAudience.viewerParameter(viewerId))
                .query((rs, row) -> new TagHit(rs.getString("tag"), rs.getLong("posts")))
                .list();
    }

    private static String tag(String text) {
        return text.strip().replaceFirst("^#", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static DocumentRow row(ResultSet rs, int row) throws SQLException {
        return new DocumentRow(ResultKind.valueOf(rs.getString("kind")), rs.getLong("ref_id"), rs.getString("title"),
                rs.getString("handle"), rs.getString("snippet"), enums(rs.getArray("roles"), Role.class),
                enums(rs.getArray("sectors"), Sector.class), rs.getString("locality"),
                rs.getObject("author_id", Long.class));
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        EnumSet<E> values = EnumSet.noneOf(type);
        Arrays.stream((String[]) array.getArray()).map(name -> Enum.valueOf(type, name)).forEach(values::add);
        return values;
    }

    public record DocumentRow(ResultKind kind, long id, String title, String handle, String snippet,
                              Set<Role> roles, Set<Sector> sectors, String locality, Long authorId) {
    }
}
