package org.guerillapolicy.consultations;

import java.util.List;

/**
 * Something another module shows on a consultation's published outcome, such as an opinion map's report: a title,
 * a line saying what it is, sections of short items, a link to where it lives, and where an organiser removes it.
 */
public record OutcomeAttachment(String title, String summary, List<Section> sections, String link, String linkText,
        String removePath) {

    public record Section(String heading, List<String> items) {
    }
}
