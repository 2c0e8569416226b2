package org.guerillapolicy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.guerillapolicy.support.WebSession.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class NulCharacterIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNulCharacterAnywhereInTheParametersIsA400AndOtherTextIsUntouched() {
        assertThat(new WebSession(url("")).get("/search?q=%00").status()).isEqualTo(400);
        assertThat(new WebSession(url("")).get("/notifications/unsubscribe?token=a%00b").status()).isEqualTo(400);

        String name = unique("writer");
        WebSession member = Members.joined(url(""), name);
        assertThat(member.get("/maps/new?project=%00").status()).isEqualTo(400);
        member.get("/home");
        Response nul = member.submit("form[action=/posts]", Map.of("body", "Before\0after"));
        assertThat(nul.status()).isEqualTo(400);
        member.get("/home");
        Response accented = member.submit("form[action=/posts]", Map.of("body", "Café for carers \u2615 in Łódź"));
        assertThat(accented.location()).isPresent();
        assertThat(jdbc.sql("select p.body from posts p join accounts a on a.id = p.author_id where a.username = :u")
                .param("u", name).query(String.class).list()).containsExactly("Café for carers \u2615 in Łódź");
    }
}
