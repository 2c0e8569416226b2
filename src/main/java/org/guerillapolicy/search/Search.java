package org.guerillapolicy.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.guerillapolicy.accounts.AccountSummary;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.search.internal.SearchStore;
import org.guerillapolicy.search.internal.SearchStore.DocumentRow;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/** The search module's API: one box for people, organisations, posts and hashtags. */
@Service
public class Search {

    static final int PAGE_SIZE = 20;

    private final SearchStore store;
    private final Accounts accounts;

    Search(SearchStore store, Accounts accounts) {
        this.store = store;
        this.accounts = accounts;
    }

    public SearchResults search(SearchQuery query, Viewer viewer) {
        if (query.isEmpty()) {
            return SearchResults.none();
        }
        boolean onlyTags = query.kind() == ResultKind.HASHTAG;
        List<TagHit> tags = query.page() == 1 && (query.kind() == null || onlyTags)
                ? store.tags(query.text(), viewer.accountId()) : List.of();
        if (onlyTags) {
            return new SearchResults(List.of(), tags, 1, false);
        }
        List<DocumentRow> rows = store.documents(query, viewer.accountId(), PAGE_SIZE + 1,
                (query.page() - 1) * PAGE_SIZE);
        boolean more = rows.size() > PAGE_SIZE;
        List<DocumentRow> page = more ? rows.subList(0, PAGE_SIZE) : rows;
        Map<Long, AccountSummary> authors = accounts.summaries(
                page.stream().map(DocumentRow::authorId).filter(Objects::nonNull).distinct().toList());
        return new SearchResults(page.stream().map(row -> hit(row, authors)).filter(Objects::nonNull).toList(),
                tags, query.page(), more);
    }

    private static SearchHit hit(DocumentRow row, Map<Long, AccountSummary> authors) {
        String snippet = HtmlUtils.htmlEscape(row.snippet() == null ? "" : row.snippet())
                .replace(SearchStore.MARK_START, "<mark>").replace(SearchStore.MARK_END, "</mark>");
        if (row.kind() == ResultKind.POST) {
            AccountSummary author = authors.get(row.authorId());
            return author == null ? null : new SearchHit(row.kind(), row.id(), author.displayName(), author.username(),
                    snippet, author.roles(), java.util.Set.of(), "", author, "/@" + author.username() + "/" + row.id());
        }
        return new SearchHit(row.kind(), row.id(), row.title(), row.handle(), snippet, row.roles(), row.sectors(),
                row.locality(), null, link(row));
    }

    private static String link(DocumentRow row) {
        return switch (row.kind()) {
            case GROUP -> "/groups/" + row.handle();
            case PROJECT -> "/projects/" + row.handle();
            case CONSULTATION -> "/consultations/" + row.handle();
            default -> "/@" + row.handle();
        };
    }
}
