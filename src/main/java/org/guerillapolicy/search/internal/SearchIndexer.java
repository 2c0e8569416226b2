package org.guerillapolicy.search.internal;

import org.guerillapolicy.accounts.AccountRegistered;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.accounts.ProfileUpdated;
import org.guerillapolicy.consultations.ConsultationPublished;
import org.guerillapolicy.consultations.ConsultationUpdated;
import org.guerillapolicy.consultations.Consultations;
import org.guerillapolicy.conversations.PostIndex;
import org.guerillapolicy.conversations.PostDeleted;
import org.guerillapolicy.conversations.PostPublished;
import org.guerillapolicy.groups.GroupCreated;
import org.guerillapolicy.groups.GroupUpdated;
import org.guerillapolicy.groups.Groups;
import org.guerillapolicy.policy.ProjectStarted;
import org.guerillapolicy.policy.Projects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps search documents in step with what they describe. It runs in the transaction of the change, so a
 * new post or profile is searchable the moment it is saved, and never without it.
 */
@Component
class SearchIndexer {

    private final SearchDocuments documents;
    private final Accounts accounts;
    private final PostIndex posts;
    private final Groups groups;
    private final Projects projects;
    private final Consultations consultations;

    SearchIndexer(SearchDocuments documents, Accounts accounts, PostIndex posts, Groups groups, Projects projects,
                  Consultations consultations) {
        this.projects = projects;
        this.consultations = consultations;
        this.documents = documents;
        this.accounts = accounts;
        this.posts = posts;
        this.groups = groups;
    }

    @EventListener
    void on(AccountRegistered event) {
        indexAccount(event.accountId());
    }

    @EventListener
    void on(ProfileUpdated event) {
        indexAccount(event.accountId());
    }

    @EventListener
    void on(PostPublished event) {
        posts.post(event.postId()).ifPresent(documents::putPost);
    }

    @EventListener
    void on(PostDeleted event) {
        documents.removePost(event.postId());
    }

    @EventListener
    void on(ProjectStarted event) {
        projects.forIndex(event.projectId()).ifPresent(documents::putProject);
    }

    @EventListener
    void on(ConsultationPublished event) {
        consultations.published(event.consultationId()).ifPresent(documents::putConsultation);
    }

    @EventListener
    void on(ConsultationUpdated event) {
        consultations.published(event.consultationId()).ifPresent(documents::putConsultation);
    }

    @EventListener
    void on(GroupCreated event) {
        groups.byId(event.groupId()).ifPresent(documents::putGroup);
    }

    @EventListener
    void on(GroupUpdated event) {
        groups.byId(event.groupId()).ifPresent(documents::putGroup);
    }

    private void indexAccount(long accountId) {
        accounts.byId(accountId).ifPresent(documents::putAccount);
    }
}
