package org.guerillapolicy.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupAgreementUnitTest {

    @Test
    void countsOfFiveOrMoreAreShownAndSmallerOnesAreNot() {
        assertThat(new GroupAgreement(1, 8, 7).describe()).isEqualTo("Group 1: 7 of 8 who voted agreed (88%)");
        assertThat(new GroupAgreement(2, 4, 4).describe()).isEqualTo("Group 2: fewer than 5 voted");
        assertThat(new GroupAgreement(3, 0, 0).describe()).isEqualTo("Group 3: fewer than 5 voted");
    }
}
