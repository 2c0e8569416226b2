package org.guerillapolicy.policy;

/** A link another module offers on a project's page, such as "Open an opinion map for this stage". */
public record ProjectLink(String label, String path) {
}
