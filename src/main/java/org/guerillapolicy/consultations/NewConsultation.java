package org.guerillapolicy.consultations;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;

/** What an organiser fills in to start a consultation; the questions are added afterwards. */
public record NewConsultation(String title, String summary, String background, List<String> openToChange,
                              List<String> alreadyDecided, Set<Role> audienceRoles, Set<Sector> audienceSectors,
                              String audienceLocalities, Instant opensAt, Instant closesAt, boolean anonymousAllowed,
                              Long groupId, String projectRef) {
}
