package org.guerillapolicy.policy;

import java.time.Instant;

/** A line of news from a project someone follows, for their home page. */
public record FollowedProjectNews(String projectTitle, String projectPath, String summary, Instant at) {
}
