package org.guerillapolicy.policy;

import java.util.List;
import java.util.Map;

/**
 * The opinion groups of a map attached to a project: which map (its prompt and address), each group's size,
 * and who is in which group (numbered from 0). Who is where is only ever used to count; it is never shown.
 */
public record OpinionGroups(String source, String path, List<Integer> sizes, Map<Long, Integer> groupOf) {

    public OpinionGroups {
        sizes = List.copyOf(sizes);
        groupOf = Map.copyOf(groupOf);
    }
}
