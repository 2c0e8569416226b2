package org.guerillapolicy.consultations;

public enum ConsultationStatus {
    DRAFT("Draft"), UPCOMING("Not open yet"), OPEN("Open"), CLOSED("Closed");

    private final String label;

    ConsultationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
