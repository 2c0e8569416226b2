package org.guerillapolicy.policy;

import java.util.Map;

/**
 * How well each question or option of a project is supported across the opinion groups of one of its maps: which
 * map (its prompt and address), how many groups it has, and a score per contribution id (higher is supported more
 * evenly).
 */
public record BridgingScores(String source, String path, int groups, Map<Long, Double> scoreOf) {

    public BridgingScores {
        scoreOf = Map.copyOf(scoreOf);
    }
}
