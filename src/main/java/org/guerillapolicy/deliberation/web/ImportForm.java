package org.guerillapolicy.deliberation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.guerillapolicy.deliberation.OpinionMapDetails;
import org.guerillapolicy.deliberation.Participation;
import org.guerillapolicy.deliberation.PolisImports;
import org.guerillapolicy.deliberation.PolisImports.PolisFile;
import org.springframework.web.multipart.MultipartFile;

/**
 * The form for importing a Pol.is conversation: a prompt, who may take part, and the project stage or consultation
 * the map is part of, if any (by their addresses, as on the form for opening a map). The two files come as their own
 * request parts ({@code comments}, {@code votes}); {@code commentsFile} and {@code votesFile} only carry their
 * error messages, named as the file inputs' ids so that the error summary links to them.
 */
record ImportForm(
        @NotBlank(message = "Enter the question or topic of the conversation")
        @Size(max = OpinionMapDetails.MAX_PROMPT, message = "The prompt must be 300 characters or fewer")
        String prompt,
        @NotNull(message = "Choose who may see and take part in the map")
        Participation participation,
        String commentsFile,
        String votesFile,
        String project,
        Integer stage,
        String consultation) {

    static ImportForm partOf(String project, Integer stage, String consultation) {
        return new ImportForm("", null, null, null, project, stage, consultation);
    }

    /** The problem with an uploaded file before it is read, if any. */
    static String problem(MultipartFile file, String missing) {
        if (file == null || file.isEmpty()) {
            return missing;
        }
        return file.getSize() > PolisImports.MAX_FILE_BYTES ? name(file) + " is larger than 10 MB, the most we take" : null;
    }

    static PolisFile polisFile(MultipartFile file) throws IOException {
        return new PolisFile(name(file), file.getBytes());
    }

    /** The file's own name, without any folder a browser sent with it. */
    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "the file" : name.replaceAll(".*[/\\\\]", "");
    }
}
