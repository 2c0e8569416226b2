package org.guerillapolicy.notifications.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.Optional;
import org.guerillapolicy.accounts.Account;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.consultations.ConsultationOutcomePublished;
import org.guerillapolicy.consultations.ResponseSubmitted;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The emails a respondent asked for by answering a consultation: a receipt with the private link to their
 * response, and, for someone who answered without an account but left an address, word of the outcome
 * (people with accounts hear of it through their notifications). Each goes only to the respondent.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class ConsultationEmails {

    private final JavaMailSender sender;
    private final EmailTemplates templates;
    private final Accounts accounts;
    private final String baseUrl;
    private final String from;

    ConsultationEmails(JavaMailSender sender, EmailTemplates templates, Accounts accounts,
                       @Value("${guerilla.base-url}") String baseUrl,
                       @Value("${guerilla.notifications.from:Guerilla Policy <notifications@localhost>}") String from) {
        this.sender = sender;
        this.templates = templates;
        this.accounts = accounts;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.from = from;
    }

    @ApplicationModuleListener
    void on(ResponseSubmitted event) {
        address(event.accountId(), event.receiptEmail()).ifPresent(address -> send(address,
                "Your response to " + event.consultationTitle(), "receipt", Map.of(
                        "title", event.consultationTitle(),
                        "responseUrl", baseUrl + event.responsePath(),
                        "closesAt", event.closesAt())));
    }

    @ApplicationModuleListener
    void on(ConsultationOutcomePublished event) {
        event.respondents().stream()
                .filter(respondent -> respondent.accountId() == null)
                .forEach(respondent -> address(null, respondent.receiptEmail()).ifPresent(address -> send(address,
                        "What became of your response to " + event.title(), "consultation-outcome", Map.of(
                                "title", event.title(),
                                "responseUrl", baseUrl + respondent.responsePath(),
                                "outcomeUrl", baseUrl + event.outcomePath()))));
    }

    private Optional<String> address(Long accountId, String receiptEmail) {
        if (receiptEmail != null && !receiptEmail.isBlank()) {
            return Optional.of(receiptEmail.strip());
        }
        return accountId == null ? Optional.empty() : accounts.byId(accountId).map(Account::email);
    }

    private void send(String address, String subject, String template, Map<String, Object> values) {
        Map<String, Object> all = new java.util.HashMap<>(values);
        all.put("subject", subject);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper email = new MimeMessageHelper(message, true, "UTF-8");
            email.setFrom(from);
            email.setTo(address);
            email.setSubject(subject);
            email.setText(templates.render(template + ".txt", all), templates.render(template + ".html", all));
            sender.send(message);
        } catch (MessagingException e) {
            throw new MailPreparationException("Could not write the " + template + " email", e);
        }
    }
}
