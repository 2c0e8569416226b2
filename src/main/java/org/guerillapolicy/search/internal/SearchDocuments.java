package org.guerillapolicy.search.internal;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.guerillapolicy.accounts.Account;
import org.guerillapolicy.accounts.AccountKind;
import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;
import org.guerillapolicy.consultations.Consultation;
import org.guerillapolicy.conversations.IndexablePost;
import org.guerillapolicy.groups.Group;
import org.guerillapolicy.policy.Project;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes search documents. Names are indexed word for word ('simple'), free text with English stemming,
 * and the weights put names and hashtags above bios and post text.
 */
@Repository
public class SearchDocuments {

    private final JdbcClient jdbc;

    SearchDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void putAccount(Account account) {
        String labels = labels(account.roles(), account.sectors());
        jdbc.sql("""
                insert into search_documents (kind, ref_id, title, handle, body, roles, sectors, locality, created_at, document)
                values (:kind, :id, :title, :handle, :body, :roles, :sectors, :locality, :createdAt,
                        setweight(to_tsvector('simple', :title || ' ' || :handle), 'A')
                        || setweight(to_tsvector('simple', :labels || ' ' || :locality), 'B')
                        || setweight(to_tsvector('english', :body), 'C'))
                on conflict (kind, ref_id) do update set title = excluded.title, handle = excluded.handle,
                       body = excluded.body, roles = excluded.roles, sectors = excluded.sectors,
                       locality = excluded.locality, document = excluded.document""")
                .param("kind", account.kind() == AccountKind.ORGANISATION ? "ORGANISATION" : "PERSON")
                .param("id", account.id())
                .param("title", account.displayName())
                .param("handle", account.username())
                .param("body", account.bio())
                .param("roles", names(account.roles()))
                .param("sectors", names(account.sectors()))
                .param("locality", account.locality())
                .param("labels", labels)
                .param("createdAt", java.sql.Timestamp.from(account.createdAt()))
                .update();
        // An account that changed between person and organisation must not be found as both.
        jdbc.sql("delete from search_documents where ref_id = :id and kind = :other")
                .param("id", account.id())
                .param("other", account.kind() == AccountKind.ORGANISATION ? "PERSON" : "ORGANISATION")
                .update();
    }

    public void putPost(IndexablePost post) {
        jdbc.sql("""
                insert into search_documents (kind, ref_id, title, body, tags, author_id, created_at, document)
                values ('POST', :id, '', :body, :tags, :author, :createdAt,
                        setweight(to_tsvector('simple', :tagText), 'A') || setweight(to_tsvector('english', :body), 'B'))
                on conflict (kind, ref_id) do update set body = excluded.body, tags = excluded.tags,
                       document = excluded.document""")
                .param("id", post.id())
                .param("body", post.body())
                .param("tags", post.tags().toArray(String[]::new))
                .param("tagText", String.join(" ", post.tags()))
                .param("author", post.authorId())
                .param("createdAt", java.sql.Timestamp.from(post.createdAt()))
                .update();
    }

    /** A group's name and description; both are public, even for a private group, so people can ask to join. */
    public void putGroup(Group group) {
        jdbc.sql("""
                insert into search_documents (kind, ref_id, title, handle, body, created_at, document)
                values ('GROUP', :id, :title, :handle, :body, :createdAt,
                        setweight(to_tsvector('simple', :title || ' ' || :handle), 'A')
                        || setweight(to_tsvector('english', :body), 'C'))
                on conflict (kind, ref_id) do update set title = excluded.title, body = excluded.body,
                       document = excluded.document""")
                .param("id", group.id())
                .param("title", group.name())
                .param("handle", group.slug())
                .param("body", group.description())
                .param("createdAt", java.sql.Timestamp.from(group.createdAt()))
                .update();
    }

    /** A project's title and summary; whether a searcher may see it is decided when searching. */
    public void putProject(Project project) {
        putTitled("PROJECT", project.id(), project.title(), project.slug(), project.summary(), Set.of(), Set.of(), "",
                project.createdAt());
    }

    /**
     * A published consultation's title and summary, with the people, sectors and places it asks, so that a
     * search by sector finds the consultations meant for that sector.
     */
    public void putConsultation(Consultation consultation) {
        putTitled("CONSULTATION", consultation.id(), consultation.title(), consultation.slug(), consultation.summary(),
                consultation.audienceRoles(), consultation.audienceSectors(), consultation.audienceLocalities(),
                consultation.publishedAt());
    }

    /** A document found by its title (word for word and stemmed) above its labels and place, then its text. */
    private void putTitled(String kind, long id, String title, String handle, String body, Set<Role> roles,
                           Set<Sector> sectors, String locality, java.time.Instant createdAt) {
        jdbc.sql("""
                insert into search_documents (kind, ref_id, title, handle, body, roles, sectors, locality, created_at, document)
                values (:kind, :id, :title, :handle, :body, :roles, :sectors, :locality, :createdAt,
                        setweight(to_tsvector('simple', :title), 'A') || setweight(to_tsvector('english', :title), 'A')
                        || setweight(to_tsvector('simple', :labels || ' ' || :locality), 'B')
                        || setweight(to_tsvector('english', :body), 'C'))
                on conflict (kind, ref_id) do update set title = excluded.title, body = excluded.body,
                       roles = excluded.roles, sectors = excluded.sectors, locality = excluded.locality,
                       document = excluded.document""")
                .param("kind", kind)
                .param("id", id)
                .param("title", title)
                .param("handle", handle)
                .param("body", body)
                .param("roles", names(roles))
                .param("sectors", names(sectors))
                .param("locality", locality)
                .param("labels", labels(roles, sectors))
                .param("createdAt", java.sql.Timestamp.from(createdAt))
                .update();
    }

    public void removePost(long postId) {
        jdbc.sql("delete from search_documents where kind = 'POST' and ref_id = :id").param("id", postId).update();
    }

    public void removeAll() {
        jdbc.sql("delete from search_documents").update();
    }

    private static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static String labels(Set<Role> roles, Set<Sector> sectors) {
        return roles.stream().map(Role::label).collect(Collectors.joining(" ")) + " "
                + sectors.stream().map(Sector::label).collect(Collectors.joining(" "));
    }
}
