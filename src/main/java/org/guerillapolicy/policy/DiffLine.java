package org.guerillapolicy.policy;

/** A line of the difference between two versions of a draft. */
public record DiffLine(Change change, String text) {

    public enum Change { SAME, ADDED, REMOVED }
}
