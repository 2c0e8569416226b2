package org.guerillapolicy.policy;

import java.util.Map;

/**
 * How well each option of a project is supported across the opinion groups of one of its maps: which map (its
 * prompt and address), how many groups it has, and a score per option id (higher is supported more evenly).
 */
public record BridgingScores(String source, String path, int groups, Map<Long, Double> scoreOfOption) {

    public BridgingScores {
        scoreOfOption = Map.copyOf(scoreOfOption);
    }
}
