package org.guerillapolicy.policy;

/** A consultation that informs a project, and how many of its responses a published decision answered. */
public record ConsultationTrace(String title, String outcomePath, int responses, int responsesLinked) {
}
