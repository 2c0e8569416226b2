package org.guerillapolicy.deliberation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.guerillapolicy.deliberation.Moderation;
import org.guerillapolicy.deliberation.OpinionMapDetails;
import org.guerillapolicy.deliberation.OpinionMaps;
import org.guerillapolicy.deliberation.Participation;
import org.guerillapolicy.deliberation.Statement;

record MapForm(
        @NotBlank(message = "Enter the question or topic people will respond to")
        @Size(max = OpinionMapDetails.MAX_PROMPT, message = "The prompt must be 300 characters or fewer")
        String prompt,
        String statements,
        @NotNull(message = "Choose who may take part")
        Participation participation,
        @NotNull(message = "Choose whether participants may add statements")
        Boolean openStatements,
        @NotNull(message = "Choose when new statements are checked")
        Moderation moderation,
        String project,
        Integer stage,
        String consultation) {

    static MapForm empty() {
        return new MapForm("", "", null, null, null, null, null, null);
    }

    /** The same form, for a map that is part of a project's stage or of a consultation (by their addresses). */
    MapForm partOf(String projectSlug, Integer projectStage, String consultationSlug) {
        return new MapForm(prompt, statements, participation, openStatements, moderation, projectSlug, projectStage,
                consultationSlug);
    }

    /** One statement per line; blank lines are ignored. */
    List<String> seeds() {
        return statements == null ? List.of() : statements.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The problem with the seed statements, if any (checked here, as it spans the lines of one field). */
    String seedProblem() {
        if (seeds().isEmpty()) {
            return "Write at least one seed statement, one per line";
        }
        if (!seeds().stream().allMatch(Statement::fits)) {
            return "Each statement must be 140 characters or fewer";
        }
        List<String> seen = new java.util.ArrayList<>();
        for (String seed : seeds()) {
            if (seen.stream().anyMatch(earlier -> Statement.same(earlier, seed))) {
                return "Each seed statement must be different: \"" + seed + "\" is there twice";
            }
            seen.add(seed);
        }
        if (seeds().size() > OpinionMaps.MAX_SEED_STATEMENTS) {
            return "Give at most 50 seed statements";
        }
        return null;
    }
}
