package org.guerillapolicy.conversations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.guerillapolicy.conversations.IndexablePost;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads posts' own words for the search index, one at a time or in batches by id. */
@Repository
public class PostIndexStore {

    private static final String SELECT = """
            select p.id, p.author_id, p.body, p.created_at,
                   array(select t.tag from post_tags t where t.post_id = p.id order by t.tag) as tags
              from posts p""";

    private final JdbcClient jdbc;

    PostIndexStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<IndexablePost> byId(long id) {
        return jdbc.sql(SELECT + " where p.id = :id and p.deleted_at is null").param("id", id).query(PostIndexStore::post).optional();
    }

    public List<IndexablePost> batchAfter(long afterId, int size) {
        return jdbc.sql(SELECT + " where p.id > :after and p.deleted_at is null order by p.id limit :size")
                .param("after", afterId).param("size", size).query(PostIndexStore::post).list();
    }

    private static IndexablePost post(ResultSet rs, int row) throws SQLException {
        return new IndexablePost(rs.getLong("id"), rs.getLong("author_id"), rs.getString("body"),
                Arrays.asList((String[]) rs.getArray("tags").getArray()), rs.getTimestamp("created_at").toInstant());
    }
}
