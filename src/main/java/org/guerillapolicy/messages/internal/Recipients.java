package org.guerillapolicy.messages.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads who a message is for as people type it: usernames separated by commas or spaces, with or without @. */
public final class Recipients {

    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

    private Recipients() {
    }

    /** The distinct usernames in the text, as first written, without their @. */
    public static List<String> usernames(String text) {
        Map<String, String> names = new LinkedHashMap<>();
        if (text != null) {
            for (String part : SEPARATORS.split(text.strip())) {
                String name = part.replaceFirst("^@+", "");
                if (!name.isEmpty()) {
                    names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                }
            }
        }
        return List.copyOf(names.values());
    }
}
