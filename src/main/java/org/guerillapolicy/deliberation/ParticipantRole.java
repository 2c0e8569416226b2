package org.guerillapolicy.deliberation;

/** The optional role a participant gives; only ever shown counted together with others'. */
public enum ParticipantRole {
    SERVICE_USER("Someone who uses services"),
    CARER("Carer or family member"),
    PRACTITIONER("Frontline practitioner"),
    MANAGER("Manager or commissioner"),
    RESEARCHER("Researcher"),
    OTHER("Something else");

    private final String label;

    ParticipantRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
