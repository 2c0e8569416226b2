package org.guerillapolicy.messages.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecipientsUnitTest {

    @Test
    void recipientsAreSplitOnCommasAndSpacesWithoutAtSignsOrRepeats() {
        assertThat(Recipients.usernames(" @sam, jo  @Sam,,kim\n@@lee ")).containsExactly("sam", "jo", "kim", "lee");
        assertThat(Recipients.usernames(" , ")).isEmpty();
        assertThat(Recipients.usernames(null)).isEmpty();
    }
}
