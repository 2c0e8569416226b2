package org.guerillapolicy.deliberation.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One Pol.is export file read as CSV: a header naming the columns, then one row per record, each known by the line
 * it starts on. Blank lines are skipped. Whatever is wrong with the file, reading it throws
 * {@link PolisFormatException} naming the file and, where there is one, the line.
 */
final class PolisCsv implements AutoCloseable {

    /** The header is read here rather than by the parser, so that its problems can be told in plain words. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final String file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private final long headerLine;
    private long lastLine;

    private PolisCsv(String file, Reader reader) {
        this.file = file;
        try {
            this.parser = FORMAT.parse(reader);
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(0, e);
        }
        this.records = parser.iterator();
        Row first = next();
        if (first == null) {
            throw new PolisFormatException(file, 0,
                    "the file is empty; it should start with a header naming the columns");
        }
        headerLine = first.line;
        List<String> names = new ArrayList<>();
        for (String name : first.record) {
            names.add(names.isEmpty() && name.startsWith("\uFEFF") ? name.substring(1).strip() : name.strip());
        }
        this.header = List.copyOf(names);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isEmpty()) {
                throw headerProblem("column " + (i + 1) + " of the header has no name");
            }
            if (columns.put(name, i) != null) {
                throw headerProblem("the header names the column " + name + " twice");
            }
        }
    }

    static PolisCsv open(String file, Reader reader) {
        return new PolisCsv(file, reader);
    }

    String file() {
        return file;
    }

    /** The column names, in order. */
    List<String> header() {
        return header;
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    void require(String... columns) {
        for (String column : columns) {
            if (!has(column)) {
                throw headerProblem("the header has no " + column + " column");
            }
        }
    }

    PolisFormatException headerProblem(String problem) {
        return new PolisFormatException(file, headerLine, problem);
    }

    /** Gives each row after the header in turn; every row has as many fields as the header has columns. */
    void forEachRow(Consumer<Row> action) {
        for (Row row = next(); row != null; row = next()) {
            if (row.record.size() != header.size()) {
                throw row.problem("has " + row.record.size() + (row.record.size() == 1 ? " field" : " fields")
                        + " but the header has " + header.size() + " columns; a comma may be missing or extra,"
                        + " or a field with a comma in it may need quotes");
            }
            action.accept(row);
        }
    }

    /** The next record that is not a blank line, or null at the end. */
    private Row next() {
        while (true) {
            long line = lastLine + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw unreadable(line, e);
            }
            lastLine = parser.getCurrentLineNumber();
            // A byte order mark alone, as an editor may leave in an otherwise empty file, is blank too.
            boolean blank = record.size() == 0 || record.size() == 1 && record.get(0).replace("\uFEFF", "").isBlank();
            if (!blank) {
                return new Row(record, line);
            }
        }
    }

    private PolisFormatException unreadable(long line, Exception e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        String message = String.valueOf(cause.getMessage());
        if (cause instanceof CharacterCodingException) {
            return new PolisFormatException(file, 0, "is not a CSV file in UTF-8 text");
        }
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new PolisFormatException(file, line, "a field opens a quote (\") that is never closed");
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return new PolisFormatException(file, line, "a quoted field has text after its closing quote; a quote"
                    + " inside a quoted field is written twice (\"\")");
        }
        return new PolisFormatException(file, line, "cannot be read as CSV (" + message + ")");
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw unreadable(0, e);
        }
    }

    /** A row of the file, with its fields by column name. */
    final class Row {

        private final CSVRecord record;
        final long line;

        private Row(CSVRecord record, long line) {
            this.record = record;
            this.line = line;
        }

        /** The field in the column, or "" if the file has no such column. */
        String text(String column) {
            Integer index = columns.get(column);
            return index == null || index >= record.size() ? "" : record.get(index);
        }

        boolean isBlank(String column) {
            return text(column).isBlank();
        }

        /** A whole number that fits in 64 bits. */
        long number(String column) {
            String value = text(column).strip();
            if (value.isEmpty()) {
                throw problem("has no value for " + column);
            }
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw problem(column + " is '" + shortened(value) + "', " + (value.matches("[-+]?\\d+")
                        ? "which is too large a number" : "not a whole number"));
            }
        }

        /** A whole number from {@code min} to {@code max}; {@code expected} says which in words. */
        int number(String column, int min, int max, String expected) {
            long value = number(column);
            if (value < min || value > max) {
                throw problem(column + " is " + value + ", not " + expected);
            }
            return (int) value;
        }

        /** A Pol.is participant number: Pol.is numbers its participants from 0. */
        long participant(String column) {
            long participant = number(column);
            if (participant < 0) {
                throw problem(column + " is " + participant + ", not a number from 0 up");
            }
            return participant;
        }

        /** A vote in the export's sign. */
        int vote(String column) {
            String value = text(column).strip();
            return switch (value) {
                case "1", "1.0" -> 1;
                case "-1", "-1.0" -> -1;
                case "0", "0.0" -> 0;
                default -> throw problem((column.matches("\\d+") ? "vote for comment " + column : column) + " is '"
                        + shortened(value)
                        + "', not 1 (agree), -1 (disagree) or 0 (pass)");
            };
        }

        PolisFormatException problem(String problem) {
            return new PolisFormatException(file, line, problem);
        }
    }

    private static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
