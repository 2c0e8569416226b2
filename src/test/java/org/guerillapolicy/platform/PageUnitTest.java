package org.guerillapolicy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageUnitTest {

    @Test
    void firstPageWithMoreRowsOffersOlderButNotNewer() {
        Page<Long> page = Page.fromRows(List.of(9L, 8L, 7L), new Paging(null, null, 2), id -> id);

        assertThat(page.items()).containsExactly(9L, 8L);
        assertThat(page.olderThan()).isEqualTo(8L);
        assertThat(page.newerThan()).isNull();
    }

    @Test
    void olderPageOffersNewerAndStopsAtTheEnd() {
        Page<Long> page = Page.fromRows(List.of(7L, 6L), new Paging(8L, null, 2), id -> id);

        assertThat(page.items()).containsExactly(7L, 6L);
        assertThat(page.olderThan()).isNull();
        assertThat(page.newerThan()).isEqualTo(7L);
    }

    @Test
    void newerPageComesBackNewestFirst() {
        // Going newer, rows arrive oldest first.
        Page<Long> page = Page.fromRows(List.of(8L, 9L, 10L), new Paging(null, 7L, 2), id -> id);

        assertThat(page.items()).containsExactly(9L, 8L);
        assertThat(page.olderThan()).isEqualTo(8L);
        assertThat(page.newerThan()).isEqualTo(9L);
    }

    @Test
    void sizeIsKeptWithinLimits() {
        assertThat(new Paging(null, null, 100_000).size()).isEqualTo(Paging.MAX_SIZE);
        assertThat(new Paging(null, null, 0).size()).isEqualTo(1);
    }

    @Test
    void returnPathOnlyAcceptsPathsOnThisSite() {
        assertThat(ReturnPath.redirect("/home#post-1", "/")).isEqualTo("redirect:/home#post-1");
        assertThat(ReturnPath.redirect("//evil.example", "/")).isEqualTo("redirect:/");
        assertThat(ReturnPath.redirect("https://evil.example", "/")).isEqualTo("redirect:/");
        assertThat(ReturnPath.redirect("/\\evil.example", "/")).isEqualTo("redirect:/");
    }
}
