package org.guerillapolicy.deliberation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MapExportUnitTest {

    @Test
    void participantsAreNumberedByTheMapsKeyNotByWhenTheyCame() {
        List<OpinionMapStore.StoredVote> votes = new ArrayList<>();
        for (long voter = 1; voter <= 50; voter++) {
            votes.add(new OpinionMapStore.StoredVote(voter, 1, 1, Instant.EPOCH.plusSeconds(voter)));
        }
        UUID key = UUID.fromString("6f1c1a39-8a86-4f59-9d0e-3d6a1d8f2b10");
        Map<Long, Integer> numbers = MapExport.numbers(votes, key);

        assertThat(numbers.values()).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 50).boxed().toList());
        assertThat(MapExport.numbers(votes.reversed(), key)).isEqualTo(numbers);
        long inArrivalOrder = votes.stream().filter(v -> numbers.get(v.accountId()) == v.accountId() - 1).count();
        assertThat(inArrivalOrder).isLessThan(10);
        assertThat(MapExport.numbers(votes, UUID.fromString("0a5e2c7d-1b2f-4c3e-8d9a-7b6c5d4e3f21"))).isNotEqualTo(numbers);
    }
}
