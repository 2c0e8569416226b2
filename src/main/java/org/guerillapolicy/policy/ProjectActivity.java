package org.guerillapolicy.policy;

/** Something another module attached to a stage of a project, such as an opinion map, as listed on the project's page. */
public record ProjectActivity(String kind, String title, String path, Stage stage) {
}
