package org.guerillapolicy.conversations.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.guerillapolicy.support.EventStream;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.junit.jupiter.api.Test;

class LiveTimelinesIntegrationTest extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void anOpenPublicTimelineHearsOfANewPost() throws Exception {
        WebSession author = Members.joined(url(""), unique("live"));
        try (EventStream stream = EventStream.open(url("/live/public"), null)) {
            assertThat(stream.status()).isEqualTo(200);
            long id = Members.post(author, "Something new for the live timeline", false);
            assertThat(stream.next(WAIT)).isEqualTo("post:" + id);
        }
    }

    @Test
    void aHashtagTimelineHearsOnlyOfItsOwnTag() throws Exception {
        WebSession author = Members.joined(url(""), unique("tagger"));
        String tag = unique("tag").replace("_", "");
        try (EventStream stream = EventStream.open(url("/live/tags/" + tag), null)) {
            Members.post(author, "Not about the tag at all", false);
            long tagged = Members.post(author, "About #" + tag, false);
            assertThat(stream.next(WAIT)).isEqualTo("post:" + tagged);
        }
    }

    @Test
    void theHomeStreamNeedsSigningInAndHearsOfFollowedPeopleOnly() throws Exception {
        try (EventStream anonymous = EventStream.open(url("/live/home"), null)) {
            assertThat(anonymous.status()).isEqualTo(302);
        }
        String followedName = unique("followed");
        WebSession followed = Members.joined(url(""), followedName);
        WebSession stranger = Members.joined(url(""), unique("stranger"));
        WebSession reader = Members.joined(url(""), unique("reader"));
        reader.get("/@" + followedName);
        reader.submit("form[action=/@" + followedName + "/follow]", java.util.Map.of());

        try (EventStream stream = EventStream.open(url("/live/home"), reader.cookie("JSESSIONID").orElseThrow())) {
            assertThat(stream.status()).isEqualTo(200);
            Members.post(stranger, "A post the reader does not follow", false);
            long followedPost = Members.post(followed, "A post the reader follows", false);
            assertThat(stream.next(WAIT)).isEqualTo("post:" + followedPost);
        }
    }
}
