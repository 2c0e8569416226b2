package org.guerillapolicy.policy;

import java.util.List;
import java.util.Map;
import org.guerillapolicy.accounts.AccountSummary;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.platform.Ids;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.policy.internal.ImplementationStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stage 6: owners' implementation updates and milestones, and reports from the people using the service. */
@Service
public class Implementation {

    private final ImplementationStore store;
    private final Projects projects;
    private final Accounts accounts;
    private final Ids ids;
    private final ApplicationEventPublisher events;

    Implementation(ImplementationStore store, Projects projects, Accounts accounts, Ids ids, ApplicationEventPublisher events) {
        this.store = store;
        this.projects = projects;
        this.accounts = accounts;
        this.ids = ids;
        this.events = events;
    }

    @Transactional
    public void postUpdate(Project project, Viewer viewer, String title, String body, MilestoneStatus status) {
        projects.requireOwner(project, viewer);
        requireStage(project);
        String heading = title == null ? "" : title.strip();
        if (heading.isEmpty() || heading.length() > 200) {
            throw new PolicyException("title", "Enter a milestone of 200 characters or fewer");
        }
        if (status == null) {
            throw new PolicyException("status", "Choose the milestone's status");
        }
        String text = body == null ? "" : body.strip();
        if (text.length() > 5000) {
            throw new PolicyException("body", "The update must be 5,000 characters or fewer");
        }
        long id = ids.next();
        store.insertUpdate(id, project.id(), viewer.accountId(), heading, text, status.name());
        projects.record(project.id(), viewer, "Implementation update: " + heading + " (" + status.label() + ")");
        events.publishEvent(new ImplementationUpdatePosted(project.id(), id, viewer.accountId()));
    }

    @Transactional
    public void report(Project project, Viewer viewer, String whatHappened, String whatChanged, Integer rating) {
        requireStage(project);
        String happened = whatHappened == null ? "" : whatHappened.strip();
        String changed = whatChanged == null ? "" : whatChanged.strip();
        if (happened.isEmpty() || happened.length() > 5000) {
            throw new PolicyException("whatHappened", "Say what happened, in 5,000 characters or fewer");
        }
        if (changed.length() > 5000) {
            throw new PolicyException("whatChanged", "What changed must be 5,000 characters or fewer");
        }
        if (rating == null || rating < 1 || rating > 5) {
            throw new PolicyException("rating", "Choose a rating from 1 to 5");
        }
        store.insertReport(ids.next(), project.id(), viewer.accountId(), happened, changed, rating);
    }

    public List<ImplementationUpdate> updates(Project project) {
        List<ImplementationStore.UpdateRow> rows = store.updates(project.id());
        Map<Long, AccountSummary> people = accounts.summaries(rows.stream().map(ImplementationStore.UpdateRow::authorId).distinct().toList());
        return rows.stream().map(r -> new ImplementationUpdate(r.id(), people.get(r.authorId()), r.title(), r.body(),
                MilestoneStatus.valueOf(r.status()), r.createdAt())).toList();
    }

    public List<ServiceReport> reports(Project project) {
        List<ImplementationStore.ReportRow> rows = store.reports(project.id());
        Map<Long, AccountSummary> people = accounts.summaries(rows.stream().map(ImplementationStore.ReportRow::authorId).distinct().toList());
        return rows.stream().map(r -> new ServiceReport(r.id(), people.get(r.authorId()), r.whatHappened(),
                r.whatChanged(), r.rating(), r.createdAt())).toList();
    }

    public RatingTrend trend(Project project) {
        return new RatingTrend(store.monthly(project.id()).stream()
                .map(m -> new RatingTrend.Month(m.label(), m.reports(), m.average())).toList());
    }

    private static void requireStage(Project project) {
        if (project.stage() != Stage.IMPLEMENT) {
            throw new PolicyException(null, "Implementation opens in stage 6; this project is in stage " + project.stage().number());
        }
    }
}
