package org.guerillapolicy.conversations;

import java.util.List;
import java.util.Optional;
import org.guerillapolicy.conversations.internal.PostIndexStore;
import org.springframework.stereotype.Service;

/** Gives the search module the words of posts, to index; the audience is applied when searching. */
@Service
public class PostIndex {

    private final PostIndexStore store;

    PostIndex(PostIndexStore store) {
        this.store = store;
    }

    public Optional<IndexablePost> post(long id) {
        return store.byId(id);
    }

    /** Posts in id order after the given id, for rebuilding the index in batches. */
    public List<IndexablePost> batchAfter(long afterId, int size) {
        return store.batchAfter(afterId, size);
    }
}
