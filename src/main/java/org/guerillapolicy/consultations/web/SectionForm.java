package org.guerillapolicy.consultations.web;

record SectionForm(String sectionTitle, String sectionIntroduction) {

    static SectionForm empty() {
        return new SectionForm("", "");
    }
}
