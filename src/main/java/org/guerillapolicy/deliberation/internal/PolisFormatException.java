package org.guerillapolicy.deliberation.internal;

/** A Pol.is export file that cannot be read, with the file and line at fault in the message. */
public final class PolisFormatException extends RuntimeException {

    PolisFormatException(String file, long line, String problem) {
        super(line > 0 ? file + " line " + line + ": " + problem : file + ": " + problem);
    }
}
