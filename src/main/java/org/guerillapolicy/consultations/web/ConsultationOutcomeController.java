package org.guerillapolicy.consultations.web;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.guerillapolicy.consultations.Consultation;
import org.guerillapolicy.consultations.ConsultationAudience;
import org.guerillapolicy.consultations.Consultations;
import org.guerillapolicy.consultations.Dimension;
import org.guerillapolicy.consultations.OpenData;
import org.guerillapolicy.consultations.OutcomeAttachments;
import org.guerillapolicy.consultations.Outcomes;
import org.guerillapolicy.consultations.Question;
import org.guerillapolicy.platform.Viewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public "we asked, you said, we did" page and the open data. */
@Controller
class ConsultationOutcomeController {

    private final Consultations consultations;
    private final Outcomes outcomes;
    private final OpenData openData;
    private final ObjectProvider<OutcomeAttachments> attachments;

    ConsultationOutcomeController(Consultations consultations, Outcomes outcomes, OpenData openData,
            ObjectProvider<OutcomeAttachments> attachments) {
        this.consultations = consultations;
        this.outcomes = outcomes;
        this.openData = openData;
        this.attachments = attachments;
    }

    @GetMapping("/consultations/{slug}/outcome")
    String outcome(Viewer viewer, @PathVariable String slug, @RequestParam(required = false) String by, Model model) {
        Consultation consultation = consultations.find(slug, viewer);
        model.addAttribute("consultation", consultation);
        model.addAttribute("figures", outcomes.figures(consultation, AnalysisController.dimension(by)));
        model.addAttribute("themes", outcomes.themes(consultation));
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("attachments", attachments.orderedStream().flatMap(a -> a.attachedTo(consultation).stream()).toList());
        model.addAttribute("organiser", ConsultationAudience.mayOrganise(consultations.role(consultation, viewer)));
        return "consultations/outcome";
    }

    @GetMapping("/consultations/{slug}/open-data.json")
    ResponseEntity<Map<String, Object>> json(Viewer viewer, @PathVariable String slug) {
        Consultation consultation = consultations.find(slug, viewer);
        List<OpenData.Row> rows = openData.rows(consultation);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(consultation, "json"))
                .body(Map.of("consultation", consultation.title(), "closedAt", consultation.closesAt().toString(),
                        "responses", rows));
    }

    @GetMapping("/consultations/{slug}/open-data.csv")
    ResponseEntity<String> csv(Viewer viewer, @PathVariable String slug) throws IOException {
        Consultation consultation = consultations.find(slug, viewer);
        List<Question> questions = openData.questions(consultation);
        List<String> header = new ArrayList<>(List.of("response", "submitted", "capacity", "sector"));
        questions.forEach(q -> {
            header.add(q.prompt());
            header.add(q.prompt() + " [themes]");
        });
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (OpenData.Row row : openData.rows(consultation)) {
                List<Object> cells = new ArrayList<>(List.of(row.number(), row.submitted(),
                        row.capacity() == null ? "" : row.capacity(), row.sector() == null ? "" : row.sector()));
                row.answers().forEach(item -> {
                    cells.add(item.answer() == null ? "" : item.answer());
                    cells.add(String.join("; ", item.themes()));
                });
                printer.printRecord(cells);
            }
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(consultation, "csv"))
                .body(out.toString());
    }

    private static String attachment(Consultation consultation, String extension) {
        return ContentDisposition.attachment().filename(consultation.slug() + "-responses." + extension).build().toString();
    }
}
