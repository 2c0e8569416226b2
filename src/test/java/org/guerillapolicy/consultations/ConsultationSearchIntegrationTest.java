package org.guerillapolicy.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.guerillapolicy.search.internal.Reindex;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ConsultationSearchIntegrationTest extends IntegrationTest {

    @Autowired
    Reindex reindex;

    @Test
    void publishedConsultationsAreFoundByWordsAndSectorAndDraftsAreNot() {
        String word = unique("respite").replace("_", "");
        WebSession organiser = Members.joined(url(""), unique("org"));
        String slug = ConsultationFixtures.create(organiser, "Short breaks " + word,
                Map.of("audienceSectors", "WELFARE"));
        ConsultationFixtures.addEveryKindOfQuestion(organiser, slug);
        WebSession visitor = new WebSession(url(""));

        assertThat(hits(visitor.get("/search?q=" + word).page())).isEmpty();
        assertThat(hits(organiser.get("/search?q=" + word).page())).isEmpty();

        ConsultationFixtures.publish(organiser, slug);

        Document found = visitor.get("/search?q=" + word).page();
        assertThat(hits(found)).containsExactly("/consultations/" + slug);
        assertThat(found.select(".search-hit .tag").text()).isEqualTo("Consultation");
        assertThat(hits(visitor.get("/search?q=" + word + "&kind=CONSULTATION&sector=WELFARE").page()))
                .containsExactly("/consultations/" + slug);
        assertThat(hits(visitor.get("/search?q=" + word + "&sector=HEALTH").page())).isEmpty();
        assertThat(hits(visitor.get("/search?q=" + word + "&kind=PROJECT").page())).isEmpty();

        String renamed = unique("carers").replace("_", "");
        organiser.get("/consultations/" + slug + "/edit");
        organiser.submit("form[action=/consultations/" + slug + "/edit]", Map.of("title", "Short breaks for " + renamed));
        assertThat(hits(visitor.get("/search?q=" + renamed).page())).containsExactly("/consultations/" + slug);

        reindex.run(line -> { });
        assertThat(hits(visitor.get("/search?q=" + renamed).page())).containsExactly("/consultations/" + slug);
    }

    private static List<String> hits(Document page) {
        return page.select(".search-hit a.post__author").eachAttr("href");
    }
}
