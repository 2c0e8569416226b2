package org.guerillapolicy.policy.web;

import java.nio.charset.StandardCharsets;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.policy.Paper;
import org.guerillapolicy.policy.Papers;
import org.guerillapolicy.policy.Project;
import org.guerillapolicy.policy.Projects;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The published paper, with per-paragraph links, and its downloads. */
@Controller
class PaperController {

    private final Projects projects;
    private final Papers papers;

    PaperController(Projects projects, Papers papers) {
        this.projects = projects;
        this.papers = papers;
    }

    @GetMapping("/projects/{slug}/paper")
    String paper(@PathVariable String slug, Viewer viewer, Model model) {
        Project project = projects.find(slug, viewer);
        ProjectModel.add(model, project, viewer, projects);
        model.addAttribute("paper", papers.of(project).orElse(null));
        return "policy/paper";
    }

    @GetMapping("/projects/{slug}/paper.md")
    ResponseEntity<byte[]> markdown(@PathVariable String slug, Viewer viewer) {
        Paper paper = published(slug, viewer);
        return download(slug + ".md", new MediaType("text", "markdown", StandardCharsets.UTF_8),
                papers.markdown(paper).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/projects/{slug}/paper.html")
    ResponseEntity<byte[]> html(@PathVariable String slug, Viewer viewer) {
        Paper paper = published(slug, viewer);
        return download(slug + ".html", new MediaType("text", "html", StandardCharsets.UTF_8),
                papers.html(paper).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/projects/{slug}/paper.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String slug, Viewer viewer) {
        return download(slug + ".pdf", MediaType.APPLICATION_PDF, papers.pdf(published(slug, viewer)));
    }

    private Paper published(String slug, Viewer viewer) {
        return papers.of(projects.find(slug, viewer)).orElseThrow(() -> new NotFoundException("Paper"));
    }

    private static ResponseEntity<byte[]> download(String filename, MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
