package org.guerillapolicy.consultations.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;
import org.guerillapolicy.consultations.Consultation;
import org.guerillapolicy.consultations.NewConsultation;
import org.springframework.format.annotation.DateTimeFormat;

record ConsultationForm(
        @NotBlank(message = "Enter a title")
        @Size(max = 120, message = "The title must be 120 characters or fewer")
        String title,
        @NotBlank(message = "Enter a summary")
        @Size(max = 600, message = "The summary must be 600 characters or fewer")
        String summary,
        @Size(max = 20000, message = "The background must be 20,000 characters or fewer")
        String background,
        @NotBlank(message = "List at least one thing that is open to change")
        @Size(max = 4000, message = "The list of what is open to change must be 4,000 characters or fewer")
        String openToChange,
        @Size(max = 4000, message = "The list of what is already decided must be 4,000 characters or fewer")
        String alreadyDecided,
        List<Role> audienceRoles,
        List<Sector> audienceSectors,
        @Size(max = 200, message = "The places must be 200 characters or fewer")
        String audienceLocalities,
        @NotNull(message = "Enter the opening date and time")
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
        LocalDateTime opensAt,
        @NotNull(message = "Enter the closing date and time")
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
        LocalDateTime closesAt,
        Boolean anonymousAllowed,
        Long groupId,
        @Size(max = 80, message = "The policy project reference must be 80 characters or fewer")
        String projectRef) {

    static ConsultationForm empty() {
        LocalDateTime now = LocalDateTime.now(Consultation.ZONE).withSecond(0).withNano(0);
        return new ConsultationForm("", "", "", "", "", List.of(), List.of(), "", now, now.plusWeeks(12).withHour(23).withMinute(59),
                true, null, "");
    }

    static ConsultationForm of(Consultation c) {
        return new ConsultationForm(c.title(), c.summary(), c.background(), String.join("\n", c.openToChange()),
                String.join("\n", c.alreadyDecided()), List.copyOf(c.audienceRoles()), List.copyOf(c.audienceSectors()),
                c.audienceLocalities(), LocalDateTime.ofInstant(c.opensAt(), Consultation.ZONE),
                LocalDateTime.ofInstant(c.closesAt(), Consultation.ZONE), c.anonymousAllowed(), c.groupId(),
                c.projectRef() == null ? "" : c.projectRef());
    }

    NewConsultation toNewConsultation() {
        return new NewConsultation(title.strip(), summary.strip(), orEmpty(background).strip(), lines(openToChange),
                lines(alreadyDecided),
                audienceRoles == null || audienceRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(audienceRoles),
                audienceSectors == null || audienceSectors.isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(audienceSectors),
                orEmpty(audienceLocalities).strip(), opensAt.atZone(Consultation.ZONE).toInstant(),
                closesAt.atZone(Consultation.ZONE).toInstant(), Boolean.TRUE.equals(anonymousAllowed), groupId,
                orEmpty(projectRef).isBlank() ? null : projectRef.strip());
    }

    private static List<String> lines(String text) {
        return orEmpty(text).lines().map(line -> line.strip().replaceFirst("^[-*]\\s*", "")).filter(line -> !line.isEmpty()).toList();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
