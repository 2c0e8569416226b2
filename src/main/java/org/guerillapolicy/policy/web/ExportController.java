package org.guerillapolicy.policy.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.policy.Contributions;
import org.guerillapolicy.policy.Project;
import org.guerillapolicy.policy.ProjectExport;
import org.guerillapolicy.policy.Projects;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** A project's contributions and outcomes as open data, for whoever may see the project. */
@RestController
class ExportController {

    private final Projects projects;
    private final Contributions contributions;

    private final JsonMapper json;

    ExportController(Projects projects, Contributions contributions, JsonMapper json) {
        this.projects = projects;
        this.contributions = contributions;
        this.json = json;
    }

    /** Written here rather than by content negotiation, so a browser's download link gets JSON too. */
    @GetMapping("/projects/{slug}/export.json")
    ResponseEntity<byte[]> json(@PathVariable String slug, Viewer viewer) {
        Project project = projects.find(slug, viewer);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(slug + ".json"))
                .body(json.writeValueAsBytes(contributions.export(project)));
    }

    @GetMapping(value = "/projects/{slug}/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, Viewer viewer) {
        Project project = projects.find(slug, viewer);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder()
                .setHeader(ProjectExport.CSV_COLUMNS.toArray(String[]::new)).get().print(out)) {
            for (var row : contributions.export(project).rows()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(slug + ".csv"))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }
}
