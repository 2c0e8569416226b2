package org.guerillapolicy.search;

import java.util.List;

public record SearchResults(List<SearchHit> hits, List<TagHit> tags, int page, boolean hasMore) {

    public static SearchResults none() {
        return new SearchResults(List.of(), List.of(), 1, false);
    }

    public boolean isEmpty() {
        return hits.isEmpty() && tags.isEmpty();
    }
}
