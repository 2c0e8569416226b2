package org.guerillapolicy.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.guerillapolicy.policy.Contribution;
import org.guerillapolicy.policy.ContributionKind;
import org.guerillapolicy.policy.OpinionGroups;
import org.junit.jupiter.api.Test;

class SupportAcrossGroupsUnitTest {

    /** Group 0 is people 1 to 8, group 1 is people 101 to 103. */
    private static final OpinionGroups GROUPS = groups();

    @Test
    void anOptionSupportedInEveryGroupOutranksOneWithMoreSupportFromOneGroup() {
        Contribution oneSided = option(1, 6);
        Contribution bridging = option(2, 4);
        Map<Long, List<Long>> supporters = Map.of(
                1L, List.of(1L, 2L, 3L, 4L, 5L, 6L),
                2L, List.of(1L, 2L, 101L, 102L));

        List<SupportAcrossGroups.Ranked> ranked = SupportAcrossGroups.order(List.of(oneSided, bridging), supporters, GROUPS);

        // Plain support puts the one-sided option first (6 against 4); across groups, the bridging one leads.
        assertThat(ranked).extracting(r -> r.option().id()).containsExactly(2L, 1L);
        assertThat(ranked.get(0).score()).isEqualTo(Math.min(3 / 10.0, 3 / 5.0));
        assertThat(ranked.get(1).score()).isEqualTo(Math.min(7 / 10.0, 1 / 5.0));
        assertThat(ranked.get(1).percent()).isEqualTo(20);
    }

    @Test
    void supportersOutsideTheMapCountOnlyToBreakTies() {
        Contribution fewer = option(1, 2);
        Contribution more = option(2, 5);
        Map<Long, List<Long>> supporters = Map.of(
                1L, List.of(1L, 101L),
                2L, List.of(2L, 102L, 900L, 901L, 902L));

        assertThat(SupportAcrossGroups.order(List.of(fewer, more), supporters, GROUPS))
                .extracting(r -> r.option().id()).containsExactly(2L, 1L);
        assertThat(SupportAcrossGroups.score(List.of(900L), GROUPS)).isEqualTo(1 / 10.0);
    }

    private static OpinionGroups groups() {
        Map<Long, Integer> groupOf = new HashMap<>();
        LongStream.rangeClosed(1, 8).forEach(id -> groupOf.put(id, 0));
        LongStream.rangeClosed(101, 103).forEach(id -> groupOf.put(id, 1));
        return new OpinionGroups("Map", "/maps/1/map", List.of(8, 3), groupOf);
    }

    private static Contribution option(long id, int supporters) {
        return new Contribution(id, 1, ContributionKind.OPTION, null, "Option " + id, "Body", null, "", null, "",
                null, null, null, null, null, null, null, Instant.EPOCH, supporters, false, null);
    }
}
