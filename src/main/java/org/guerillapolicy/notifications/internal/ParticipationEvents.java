package org.guerillapolicy.notifications.internal;

import org.guerillapolicy.consultations.ConsultationOutcomePublished;
import org.guerillapolicy.notifications.NotificationKind;
import org.guerillapolicy.notifications.Notifications;
import org.guerillapolicy.policy.ContributionOutcomeSet;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Closes the loop for people who took part: a contributor hears what became of their contribution, a
 * respondent that a consultation's outcome is out. The links lead to pages that apply their own module's
 * audience rule, and nothing private is copied here.
 */
@Component
class ParticipationEvents {

    private final Notifications notifications;

    ParticipationEvents(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(ContributionOutcomeSet event) {
        notifications.about(NotificationKind.CONTRIBUTION_OUTCOME, event.authorId(), event.decidedBy(),
                event.contributionId(), "/me/contributions");
    }

    /** Signed-in respondents only: the link is their own private one, shown to no one else. */
    @ApplicationModuleListener
    void on(ConsultationOutcomePublished event) {
        event.respondents().stream().filter(respondent -> respondent.accountId() != null)
                .forEach(respondent -> notifications.about(NotificationKind.CONSULTATION_OUTCOME,
                        respondent.accountId(), event.publishedBy(), respondent.responseId(), respondent.responsePath()));
    }
}
