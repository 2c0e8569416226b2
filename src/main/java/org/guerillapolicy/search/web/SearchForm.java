package org.guerillapolicy.search.web;

import jakarta.validation.constraints.Size;
import java.util.Arrays;
import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;
import org.guerillapolicy.search.ResultKind;
import org.guerillapolicy.search.SearchQuery;

/** The search box and filters, as typed; a filter value that is not one of the choices is ignored. */
public record SearchForm(
        @Size(max = SearchQuery.MAX_TEXT, message = "Search for 200 characters or fewer")
        String q,
        String kind,
        String role,
        String sector,
        @Size(max = 100, message = "Place must be 100 characters or fewer")
        String locality,
        String page) {

    SearchQuery toQuery() {
        return new SearchQuery(q, choice(ResultKind.class, kind), choice(Role.class, role),
                choice(Sector.class, sector), locality, page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1);
    }

    public boolean filtered() {
        SearchQuery query = toQuery();
        return query.kind() != null || query.role() != null || query.sector() != null || !query.locality().isEmpty();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }
}
