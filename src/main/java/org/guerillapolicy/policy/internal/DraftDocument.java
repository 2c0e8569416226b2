package org.guerillapolicy.policy.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.guerillapolicy.platform.SafeMarkdown;
import org.guerillapolicy.policy.Paragraph;

/**
 * A draft's Markdown split into its top-level blocks, each rendered on its own so it can carry an anchor.
 * Raw HTML in the Markdown is shown as text and unsafe link schemes (javascript: and the like) are dropped,
 * and the result passes the OWASP sanitizer, so nothing a contributor writes runs in a reader's browser.
 */
public final class DraftDocument {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private final List<Node> blocks;
    private final List<String> sources;

    private DraftDocument(List<Node> blocks, List<String> sources) {
        this.blocks = blocks;
        this.sources = sources;
    }

    public static DraftDocument parse(String markdown) {
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        List<Node> blocks = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Node node = PARSER.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                continue;
            }
            int first = spans.getFirst().getLineIndex();
            int last = spans.getLast().getLineIndex();
            blocks.add(node);
            sources.add(String.join("\n", List.of(lines).subList(first, last + 1)).strip());
        }
        return new DraftDocument(blocks, sources);
    }

    public List<String> sources() {
        return sources;
    }

    /**
     * Anchors for this document's blocks, carried over from the previous version's blocks and anchors: a
     * block that is unchanged or edited in place keeps its anchor, a new block gets a fresh one.
     */
    public List<String> anchorsAfter(List<String> previousSources, List<String> previousAnchors, Supplier<String> fresh) {
        String[] anchors = new String[sources.size()];
        int source = 0;
        int target = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(previousSources, sources).getDeltas()) {
            while (target < delta.getTarget().getPosition()) {
                anchors[target++] = previousAnchors.get(source++);
            }
            int removed = delta.getSource().size();
            int added = delta.getTarget().size();
            for (int i = 0; i < added; i++) {
                anchors[target++] = i < removed ? previousAnchors.get(source + i) : fresh.get();
            }
            source += removed;
        }
        while (target < anchors.length) {
            anchors[target++] = previousAnchors.get(source++);
        }
        return List.of(anchors);
    }

    /** The blocks with their anchors, rendered as safe HTML. */
    public List<Paragraph> paragraphs(List<String> anchors) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            paragraphs.add(new Paragraph(anchors.get(i), sources.get(i), SafeMarkdown.toHtml(blocks.get(i)),
                    blocks.get(i) instanceof Heading));
        }
        return paragraphs;
    }

    /** The Markdown with one block's text replaced, as an accepted amendment makes it. */
    public String replacing(int index, String replacement) {
        List<String> changed = new ArrayList<>(sources);
        changed.set(index, replacement.replace("\r\n", "\n").strip());
        return String.join("\n\n", changed) + "\n";
    }
}
