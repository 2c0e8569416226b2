package org.guerillapolicy.deliberation;

import org.guerillapolicy.policy.Project;
import org.guerillapolicy.policy.Stage;

/** The project and stage a map is opened for, checked by {@link ProjectMaps#attachment}. */
public record MapAttachment(Project project, Stage stage) {
}
