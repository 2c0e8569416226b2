package org.guerillapolicy.policy;

/** A project as its founder describes it; groupSlug is blank for a project owned by a person or organisation. */
public record NewProject(String title, String slug, String summary, String groupSlug, ProjectVisibility visibility) {
}
