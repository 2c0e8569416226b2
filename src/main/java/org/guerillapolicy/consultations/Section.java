package org.guerillapolicy.consultations;

import java.util.List;

public record Section(long id, int position, String title, String introduction, List<Question> questions) {
}
