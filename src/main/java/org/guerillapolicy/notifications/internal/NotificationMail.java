package org.guerillapolicy.notifications.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.guerillapolicy.accounts.Account;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.notifications.NotificationView;
import org.guerillapolicy.platform.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writes and sends notification emails: each an HTML and a plain-text part, every link absolute, and a
 * one-click unsubscribe link in the body and in the List-Unsubscribe headers (RFC 8058). What a post
 * says is read for the recipient when the email is written, so it never shows what they may not see.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class NotificationMail {

    private final JavaMailSender sender;
    private final EmailTemplates templates;
    private final MessageSource messages;
    private final Accounts accounts;
    private final NotificationViews views;
    private final UnsubscribeTokens tokens;
    private final String baseUrl;
    private final String from;

    NotificationMail(JavaMailSender sender, EmailTemplates templates, MessageSource messages, Accounts accounts,
                     NotificationViews views, UnsubscribeTokens tokens,
                     @Value("${guerilla.base-url}") String baseUrl,
                     @Value("${guerilla.notifications.from:Guerilla Policy <notifications@localhost>}") String from) {
        this.sender = sender;
        this.templates = templates;
        this.messages = messages;
        this.accounts = accounts;
        this.views = views;
        this.tokens = tokens;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.from = from;
    }

    /** Returns whether an email went out: none does for a post the recipient may no longer see. */
    boolean sendImmediate(NotificationRow row) {
        Optional<Account> recipient = accounts.byId(row.recipientId());
        if (recipient.isEmpty()) {
            return false;
        }
        List<NotificationView> shown = views.views(List.of(row), viewer(recipient.get()));
        if (shown.isEmpty()) {
            return false;
        }
        NotificationView item = shown.getFirst();
        String subject = messages.getMessage("notifications.email.subject." + item.kind().name(),
                new Object[] {item.actor().displayName()}, Locale.UK);
        send(recipient.get(), subject, "immediate", Map.of("item", item), new UnsubscribeScope(item.kind()));
        return true;
    }

    /** One email with everything in the list the recipient may still see; none if that is nothing. */
    boolean sendDigest(long recipientId, List<NotificationRow> rows) {
        Optional<Account> recipient = accounts.byId(recipientId);
        if (recipient.isEmpty()) {
            return false;
        }
        List<NotificationView> items = views.views(rows, viewer(recipient.get()));
        if (items.isEmpty()) {
            return false;
        }
        String subject = messages.getMessage("notifications.email.subject.digest", new Object[] {items.size()},
                Locale.UK);
        send(recipient.get(), subject, "digest", Map.of("items", items), UnsubscribeScope.digest());
        return true;
    }

    private void send(Account recipient, String subject, String template, Map<String, Object> content,
                      UnsubscribeScope scope) {
        String unsubscribeUrl = UriComponentsBuilder.fromUriString(baseUrl + "/notifications/unsubscribe")
                .queryParam("token", tokens.tokenFor(recipient.id(), scope)).toUriString();
        Map<String, Object> values = new HashMap<>(content);
        values.put("subject", subject);
        values.put("recipientName", recipient.displayName());
        values.put("baseUrl", baseUrl);
        values.put("settingsUrl", baseUrl + "/settings/notifications");
        values.put("unsubscribeUrl", unsubscribeUrl);
        values.put("unsubscribeWhat", scope.description());
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper email = new MimeMessageHelper(message, true, "UTF-8");
            email.setFrom(from);
            email.setTo(recipient.email());
            email.setSubject(subject);
            email.setText(templates.render(template + ".txt", values), templates.render(template + ".html", values));
            message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            sender.send(message);
        } catch (MessagingException e) {
            throw new MailPreparationException("Could not write the email to account " + recipient.id(), e);
        }
    }

    private static Viewer viewer(Account account) {
        return new Viewer(account.id(), account.username(), account.displayName());
    }
}
