package org.guerillapolicy.consultations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/** Reads one question's answer from the fields of a submitted page, or says what is wrong with it. */
final class AnswerReader {

    record Read(Optional<Answer> answer, String problem) {

        static Read of(Answer answer) {
            return new Read(Optional.of(answer), null);
        }

        static Read none() {
            return new Read(Optional.empty(), null);
        }

        static Read problem(String message) {
            return new Read(Optional.empty(), message);
        }
    }

    private AnswerReader() {
    }

    static Read read(Question question, Map<String, String> fields, boolean requireAnswer) {
        Read read = switch (question.kind()) {
            case FREE_TEXT -> freeText(question, fields.getOrDefault(question.field(), ""));
            case SINGLE_CHOICE, AGREEMENT -> single(question, fields.getOrDefault(question.field(), ""));
            case MULTIPLE_CHOICE -> multiple(question, fields);
            case RANKING -> ranking(question, fields);
        };
        if (read.problem() == null && read.answer().isEmpty() && requireAnswer && question.required()) {
            return Read.problem(switch (question.kind()) {
                case FREE_TEXT -> "Enter an answer to: " + question.prompt();
                case MULTIPLE_CHOICE -> "Select at least one option for: " + question.prompt();
                case RANKING -> "Put the options in order for: " + question.prompt();
                default -> "Select an answer to: " + question.prompt();
            });
        }
        return read;
    }

    private static Read freeText(Question question, String value) {
        String text = value.strip();
        if (text.isEmpty()) {
            return Read.none();
        }
        if (text.length() > question.maxLength()) {
            return Read.problem("Your answer to \"" + question.prompt() + "\" must be " + question.maxLength()
                    + " characters or fewer; it has " + text.length());
        }
        return Read.of(new Answer(question.id(), text, List.of()));
    }

    private static Read single(Question question, String value) {
        if (value.isBlank()) {
            return Read.none();
        }
        Optional<Integer> choice = position(value, question.choices().size());
        return choice.map(i -> Read.of(new Answer(question.id(), null, List.of(i))))
                .orElseGet(() -> Read.problem("Select one of the options for: " + question.prompt()));
    }

    private static Read multiple(Question question, Map<String, String> fields) {
        List<Integer> ticked = IntStream.range(0, question.choices().size())
                .filter(i -> fields.containsKey(question.field() + "-" + i)).boxed().toList();
        return ticked.isEmpty() ? Read.none() : Read.of(new Answer(question.id(), null, ticked));
    }

    /** Every option gets a different place from 1 to the number of options, or none does. */
    private static Read ranking(Question question, Map<String, String> fields) {
        int size = question.choices().size();
        List<int[]> places = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < size; i++) {
            String value = fields.getOrDefault(question.field() + "-" + i, "").strip();
            if (value.isEmpty()) {
                continue;
            }
            Optional<Integer> place = position(value, size + 1).filter(p -> p >= 1);
            if (place.isEmpty() || !used.add(place.get())) {
                return Read.problem("Give each option a different place from 1 to " + size + " for: " + question.prompt());
            }
            places.add(new int[] {i, place.get()});
        }
        if (places.isEmpty()) {
            return Read.none();
        }
        if (places.size() < size) {
            return Read.problem("Give every option a place from 1 to " + size + " for: " + question.prompt());
        }
        places.sort(Comparator.comparingInt(p -> p[1]));
        return Read.of(new Answer(question.id(), null, places.stream().map(p -> p[0]).toList()));
    }

    private static Optional<Integer> position(String value, int bound) {
        try {
            int i = Integer.parseInt(value.strip());
            return i >= 0 && i < bound ? Optional.of(i) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
