package org.guerillapolicy.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Mailbox;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Receipts by email, against a real SMTP server, to the respondent and no one else. */
class ConsultationEmailIntegrationTest extends IntegrationTest {

    private static final String BASE_URL = "http://localhost:8080";

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        Mailbox.configure(registry);
    }

    Mailbox mailbox = Mailbox.get();

    @Test
    void respondentsGetAReceiptWithTheirPrivateLink() {
        String organiserName = unique("org");
        WebSession organiser = Members.joined(url(""), organiserName);
        String title = "Receipts " + unique("t");
        String slug = ConsultationFixtures.create(organiser, title, Map.of());
        ConsultationFixtures.addEveryKindOfQuestion(organiser, slug);
        ConsultationFixtures.publish(organiser, slug);

        String address = unique("anon") + "@example.org";
        String anonymousPath = ConsultationFixtures.respond(new WebSession(url("")), slug, "SERVICE_USER", true,
                "Assessments should be at home", 4, Map.of("receiptEmail", address));
        MimeMessage receipt = mailbox.waitFor(address, 1).getFirst();
        assertThat(subject(receipt)).isEqualTo("Your response to " + title);
        assertThat(Mailbox.part(receipt, "text/plain")).contains(BASE_URL + anonymousPath, "Keep this link to yourself");
        assertThat(Mailbox.part(receipt, "text/html")).contains("href=\"" + BASE_URL + anonymousPath + "\"");

        String memberName = unique("member");
        String memberPath = ConsultationFixtures.respond(Members.joined(url(""), memberName), slug, "CARER", false,
                "My own words", 3);
        MimeMessage own = mailbox.waitFor(memberName + "@example.org", 1).getFirst();
        assertThat(Mailbox.part(own, "text/plain")).contains(BASE_URL + memberPath).doesNotContain(anonymousPath);
        assertThat(mailbox.to(organiserName + "@example.org")).isEmpty();
    }

    private static String subject(MimeMessage email) {
        try {
            return email.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
