package org.guerillapolicy.platform;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** One page of a list ordered newest first, with the ids to ask for the next older and newer pages. */
public record Page<T>(List<T> items, Long olderThan, Long newerThan) {

    /**
     * Builds a page from rows fetched with one row more than the page size, which tells whether there is
     * more in the direction of travel. Rows come newest first when going older, oldest first when newer.
     */
    public static <T> Page<T> fromRows(List<T> rows, Paging paging, ToLongFunction<T> id) {
        boolean more = rows.size() > paging.size();
        List<T> items = more ? rows.subList(0, paging.size()) : rows;
        if (paging.towardsNewer()) {
            items = items.reversed();
        }
        if (items.isEmpty()) {
            return new Page<>(List.of(), paging.towardsNewer() ? paging.after() : null,
                    paging.towardsNewer() ? null : paging.before());
        }
        long newest = id.applyAsLong(items.getFirst());
        long oldest = id.applyAsLong(items.getLast());
        boolean olderExist = paging.towardsNewer() || more;
        boolean newerExist = paging.towardsNewer() ? more : paging.before() != null;
        return new Page<>(List.copyOf(items), olderExist ? oldest : null, newerExist ? newest : null);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), olderThan, newerThan);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
