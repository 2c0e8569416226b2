package org.guerillapolicy.policy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.stream.Collectors;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/** Stage 5: the published paper as a web page, and its downloads as Markdown, HTML and PDF. */
@Service
public class Papers {

    private final Drafts drafts;

    Papers(Drafts drafts) {
        this.drafts = drafts;
    }

    /** The paper, once the project has published one. */
    public Optional<Paper> of(Project project) {
        if (!project.published()) {
            return Optional.empty();
        }
        DraftVersion version = drafts.version(project, project.publishedVersion());
        return Optional.of(new Paper(project, version, drafts.paragraphs(version), project.licenceOrDefault(),
                drafts.credits(project)));
    }

    public String markdown(Paper paper) {
        return "# " + paper.project().title() + "\n\n" + paper.version().markdown().strip() + "\n\n---\n\n"
                + "Published under " + paper.licence().title() + ": " + paper.licence().url() + "\n\n"
                + "Shaped by: " + paper.credits().stream().map(c -> c.displayName()).collect(Collectors.joining(", "))
                + "\n";
    }

    /** A standalone XHTML document (well-formed, so the PDF renderer can read it too) with the paragraph anchors. */
    public String html(Paper paper) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB"><head><meta charset="utf-8" />
                <title>%1$s</title>
                <style>body { font-family: sans-serif; max-width: 40em; margin: 2em auto; line-height: 1.5; }
                .paragraph a.anchor { font-size: 0.8em; }</style></head><body>
                <h1>%1$s</h1>
                """.formatted(escape(paper.project().title())));
        for (Paragraph paragraph : paper.paragraphs()) {
            html.append("<div class=\"paragraph\" id=\"").append(paragraph.anchor()).append("\">")
                    .append(paragraph.html()).append("</div>\n");
        }
        html.append("<hr /><p>Published under <a href=\"").append(paper.licence().url()).append("\">")
                .append(escape(paper.licence().title())).append("</a>.</p>\n<p>Shaped by: ")
                .append(escape(paper.credits().stream().map(c -> c.displayName()).collect(Collectors.joining(", "))))
                .append("</p>\n</body></html>\n");
        return html.toString();
    }

    public byte[] pdf(Paper paper) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html(paper), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
