package org.guerillapolicy.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on a free local port, one per test JVM, that keeps what the application
 * sends. A test class that wants email on calls {@link #configure(DynamicPropertyRegistry)} from its own
 * {@code @DynamicPropertySource}, which gives it its own application context.
 */
public final class Mailbox {

    private static Mailbox instance;

    private final GreenMail server;

    private Mailbox(int port) {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public static synchronized Mailbox get() {
        if (instance == null) {
            instance = new Mailbox(freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(instance.server::stop));
        }
        return instance;
    }

    /** Points the application's mail settings at this server. */
    public static void configure(DynamicPropertyRegistry registry) {
        Mailbox mailbox = get();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> mailbox.server.getSmtp().getPort());
    }

    /** Every email received so far for the address. */
    public List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> addressedTo(message, address)).toList();
    }

    /** Waits until the address has received this many emails, and returns them. */
    public List<MimeMessage> waitFor(String address, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> to(address).size() >= count);
        return to(address);
    }

    /** The plain-text or HTML part of an email ("text/plain" or "text/html"). */
    public static String part(MimeMessage message, String type) {
        try {
            String found = find(message, type);
            if (found == null) {
                throw new AssertionError("The email has no " + type + " part");
            }
            return found;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String find(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
