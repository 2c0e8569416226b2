package org.guerillapolicy.policy.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.guerillapolicy.policy.NewProject;
import org.guerillapolicy.policy.ProjectVisibility;

record ProjectForm(
        @NotBlank(message = "Enter a title for the project")
        @Size(max = 120, message = "The title must be 120 characters or fewer")
        String title,
        @Pattern(regexp = "\\s*[A-Za-z0-9][A-Za-z0-9-]{1,59}\\s*",
                message = "Enter a web address of 2 to 60 lower-case letters, digits or hyphens")
        String slug,
        @Size(max = 2000, message = "The summary must be 2,000 characters or fewer")
        String summary,
        String groupSlug,
        @NotNull(message = "Choose who can see the project")
        ProjectVisibility visibility) {

    static ProjectForm empty() {
        return new ProjectForm("", "", "", "", ProjectVisibility.PUBLIC);
    }

    NewProject toNewProject() {
        return new NewProject(title, slug, summary, groupSlug, visibility);
    }
}
