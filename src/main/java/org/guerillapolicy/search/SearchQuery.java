package org.guerillapolicy.search;

import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;

/** What someone searches for: words, and optionally only one kind of result, role, sector or place. */
public record SearchQuery(String text, ResultKind kind, Role role, Sector sector, String locality, int page) {

    public static final int MAX_TEXT = 200;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        locality = locality == null ? "" : locality.strip();
        page = Math.max(page, 1);
    }

    public boolean isEmpty() {
        return text.isEmpty() && role == null && sector == null && locality.isEmpty() && kind == null;
    }
}
