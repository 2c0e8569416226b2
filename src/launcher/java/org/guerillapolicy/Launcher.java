package org.guerillapolicy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The entry point of the platform's jar. The platform needs Java 21 or newer, but the default {@code java} of many
 * machines is older even where a newer JDK is installed beside it. Started by an older java, this runs the same
 * command again on the newest installed JDK it finds ({@code JAVA_HOME}, then the usual folders JDKs are installed
 * in), so {@code java -jar} works either way. It is compiled for Java 17 on its own, so that an older java can
 * load it at all.
 */
public final class Launcher {

    static final int NEEDED = 21;
    private static final String APPLICATION = "org.guerillapolicy.GuerillaPolicyApplication";
    private static final List<String> JDK_FOLDERS = List.of("/usr/lib/jvm", "/usr/java", "/opt/java",
            "/Library/Java/JavaVirtualMachines");
    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(?:1\\.)?(\\d+)");

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        if (Runtime.version().feature() >= NEEDED) {
            try {
                Class.forName(APPLICATION, true, Launcher.class.getClassLoader()).getMethod("main", String[].class)
                        .invoke(null, (Object) args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return;
        }
        Optional<Path> java = newestJava(installedJdks());
        Optional<List<String>> arguments = javaArguments();
        if (java.isEmpty() || arguments.isEmpty()) {
            System.err.println("Guerilla Policy needs Java " + NEEDED + " or newer, and this is Java "
                    + Runtime.version().feature() + ". Install a newer JDK, or set JAVA_HOME to one, and run the"
                    + " same command again.");
            System.exit(1);
        }
        List<String> command = new ArrayList<>();
        command.add(java.get().toString());
        command.addAll(arguments.get());
        Process newer = new ProcessBuilder(command).inheritIO().start();
        // Stopping this process (a service manager's signal, say) stops the one doing the work, cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            newer.destroy();
            try {
                newer.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        System.exit(newer.waitFor());
    }

    /**
     * The arguments this java was started with (options, class or jar, and the command's own), to start the newer
     * java with. Linux's own record first: the portable one is empty for long command lines.
     */
    private static Optional<List<String>> javaArguments() {
        try {
            String[] cmdline = new String(Files.readAllBytes(Path.of("/proc/self/cmdline")), StandardCharsets.UTF_8)
                    .split("\0");
            return Optional.of(List.of(cmdline).subList(1, cmdline.length));
        } catch (IOException | RuntimeException notLinux) {
            return ProcessHandle.current().info().arguments().map(List::of);
        }
    }

    /** The java of the newest JDK, among those given, that is new enough, if any. */
    static Optional<Path> newestJava(List<Path> jdks) {
        return jdks.stream()
                .filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
                .filter(jdk -> feature(jdk) >= NEEDED)
                .max(Comparator.comparingInt(Launcher::feature))
                .map(jdk -> jdk.resolve("bin/java"));
    }

    /** The Java version of a JDK, from its {@code release} file; 0 if it cannot be read. */
    static int feature(Path jdk) {
        try {
            Matcher matcher = JAVA_VERSION.matcher(Files.readString(jdk.resolve("release")));
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static List<Path> installedJdks() {
        List<Path> jdks = new ArrayList<>();
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            jdks.add(Path.of(javaHome));
        }
        for (String folder : JDK_FOLDERS) {
            try (Stream<Path> children = Files.list(Path.of(folder))) {
                children.forEach(child -> {
                    jdks.add(child);
                    jdks.add(child.resolve("Contents/Home"));
                });
            } catch (IOException | RuntimeException missing) {
                // No JDKs installed there.
            }
        }
        return jdks;
    }
}
