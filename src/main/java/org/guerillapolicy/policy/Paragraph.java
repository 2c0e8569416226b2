package org.guerillapolicy.policy;

/** One top-level block of a draft (a heading, paragraph, list or quote) with its stable anchor and safe HTML. */
public record Paragraph(String anchor, String source, String html, boolean heading) {
}
