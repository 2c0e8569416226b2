package org.guerillapolicy.platform;

/**
 * A window on a list ordered newest first, paged by id: {@code before} asks for older items,
 * {@code after} for newer ones. Paging by id stays correct while new items arrive, unlike offsets.
 */
public record Paging(Long before, Long after, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public Paging {
        size = Math.clamp(size, 1, MAX_SIZE);
    }

    public static Paging of(Long before, Long after) {
        return new Paging(before, after, DEFAULT_SIZE);
    }

    public static Paging first(int size) {
        return new Paging(null, null, size);
    }

    public boolean towardsNewer() {
        return after != null && before == null;
    }
}
