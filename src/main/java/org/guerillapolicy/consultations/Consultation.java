package org.guerillapolicy.consultations;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;

/**
 * A consultation as its organisers set it up. The scope is two lists, so respondents can see what their
 * answers can still change and what they cannot.
 */
public record Consultation(long id, String slug, String title, String summary, String background,
                           List<String> openToChange, List<String> alreadyDecided, Set<Role> audienceRoles,
                           Set<Sector> audienceSectors, String audienceLocalities, Instant opensAt, Instant closesAt,
                           boolean anonymousAllowed, Long groupId, String projectRef, long createdBy,
                           Instant publishedAt, String outcomeSummary, Instant outcomePublishedAt) {

    public ConsultationStatus status() {
        Instant now = Instant.now();
        if (publishedAt == null) {
            return ConsultationStatus.DRAFT;
        }
        if (now.isBefore(opensAt)) {
            return ConsultationStatus.UPCOMING;
        }
        return now.isBefore(closesAt) ? ConsultationStatus.OPEN : ConsultationStatus.CLOSED;
    }

    public boolean isOpen() {
        return status() == ConsultationStatus.OPEN;
    }

    public boolean isDraft() {
        return publishedAt == null;
    }

    public boolean isClosed() {
        return status() == ConsultationStatus.CLOSED;
    }

    public boolean outcomePublished() {
        return outcomePublishedAt != null;
    }

    /** Times are entered and shown in UK time, where the platform's public services are. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("h:mma 'on' d MMMM yyyy", Locale.UK);

    public static String when(Instant instant) {
        return WHEN.format(instant.atZone(ZONE)).replace("AM", "am").replace("PM", "pm");
    }

    public String opensAtText() {
        return when(opensAt);
    }

    public String closesAtText() {
        return when(closesAt);
    }

    public String path() {
        return "/consultations/" + slug;
    }
}
