package org.guerillapolicy.groups.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.guerillapolicy.groups.Group;
import org.guerillapolicy.groups.GroupVisibility;
import org.guerillapolicy.groups.NewGroup;

record GroupForm(
        @NotBlank(message = "Enter a name for the group")
        @Size(max = NewGroup.MAX_NAME, message = "The name must be 80 characters or fewer")
        String name,
        @Pattern(regexp = "\\s*[A-Za-z0-9][A-Za-z0-9-]{1,39}\\s*", message = SLUG_MESSAGE)
        String slug,
        @Size(max = NewGroup.MAX_DESCRIPTION, message = "The description must be 1,000 characters or fewer")
        String description,
        @NotNull(message = "Choose whether the group is public or private")
        GroupVisibility visibility) {

    static final String SLUG_MESSAGE = "Enter a web address of 2 to 40 lower-case letters, digits or hyphens";

    static GroupForm empty() {
        return new GroupForm("", "", "", null);
    }

    static GroupForm of(Group group) {
        return new GroupForm(group.name(), group.slug(), group.description(), group.visibility());
    }

    NewGroup toNewGroup() {
        return new NewGroup(slug, name, description == null ? "" : description, visibility);
    }

    String descriptionOrEmpty() {
        return description == null ? "" : description;
    }
}
