package org.guerillapolicy.search.internal;

import java.util.List;
import java.util.function.Consumer;
import org.guerillapolicy.accounts.Account;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.consultations.Consultation;
import org.guerillapolicy.consultations.Consultations;
import org.guerillapolicy.conversations.IndexablePost;
import org.guerillapolicy.conversations.PostIndex;
import org.guerillapolicy.groups.Group;
import org.guerillapolicy.groups.Groups;
import org.guerillapolicy.policy.Project;
import org.guerillapolicy.policy.Projects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rebuilds every search document from the source tables, reporting progress as it goes. */
@Service
public class Reindex {

    private static final int BATCH = 500;

    private final SearchDocuments documents;
    private final Accounts accounts;
    private final PostIndex posts;
    private final Groups groups;
    private final Projects projects;
    private final Consultations consultations;

    Reindex(SearchDocuments documents, Accounts accounts, PostIndex posts, Groups groups, Projects projects,
            Consultations consultations) {
        this.projects = projects;
        this.consultations = consultations;
        this.documents = documents;
        this.accounts = accounts;
        this.posts = posts;
        this.groups = groups;
    }

    /** One transaction: searches keep seeing the old documents until the new ones are complete. */
    @Transactional
    public void run(Consumer<String> progress) {
        documents.removeAll();
        long done = 0;
        for (List<Account> batch = accounts.batchAfter(0, BATCH); !batch.isEmpty();
             batch = accounts.batchAfter(batch.getLast().id(), BATCH)) {
            batch.forEach(documents::putAccount);
            done += batch.size();
            progress.accept("Indexed " + done + " people and organisations");
        }
        done = 0;
        for (List<IndexablePost> batch = posts.batchAfter(0, BATCH); !batch.isEmpty();
             batch = posts.batchAfter(batch.getLast().id(), BATCH)) {
            batch.forEach(documents::putPost);
            done += batch.size();
            progress.accept("Indexed " + done + " posts");
        }
        done = 0;
        for (List<Group> batch = groups.batchAfter(0, BATCH); !batch.isEmpty();
             batch = groups.batchAfter(batch.getLast().id(), BATCH)) {
            batch.forEach(documents::putGroup);
            done += batch.size();
            progress.accept("Indexed " + done + " groups");
        }
        done = 0;
        for (List<Project> batch = projects.batchForIndex(0, BATCH); !batch.isEmpty();
             batch = projects.batchForIndex(batch.getLast().id(), BATCH)) {
            batch.forEach(documents::putProject);
            done += batch.size();
            progress.accept("Indexed " + done + " policy projects");
        }
        done = 0;
        for (List<Consultation> batch = consultations.publishedBatchAfter(0, BATCH); !batch.isEmpty();
             batch = consultations.publishedBatchAfter(batch.getLast().id(), BATCH)) {
            batch.forEach(documents::putConsultation);
            done += batch.size();
            progress.accept("Indexed " + done + " consultations");
        }
    }
}
