package org.guerillapolicy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void picksTheNewestInstalledJdkThatIsNewEnough() throws IOException {
        Path old = jdk("java-17", "JAVA_VERSION=\"17.0.15\"");
        Path eight = jdk("java-8", "JAVA_VERSION=\"1.8.0_402\"");
        Path newest = jdk("temurin-25", "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.1\"");
        Path middle = jdk("temurin-21", "JAVA_VERSION=\"21.0.5\"");
        Path broken = dir.resolve("no-release");
        Files.createDirectories(broken.resolve("bin"));

        assertThat(Launcher.feature(eight)).isEqualTo(8);
        assertThat(Launcher.feature(broken)).isZero();
        assertThat(Launcher.newestJava(List.of(old, eight, middle, newest, broken))).contains(newest.resolve("bin/java"));
        assertThat(Launcher.newestJava(List.of(old, eight, broken))).isEmpty();
    }

    /** What people type: the machine's default java, whatever its version, runs the platform's command. */
    @Test
    void theDefaultJavaRunsTheOpinionMapCommand() throws Exception {
        Path out = dir.resolve("out");
        Path data = Path.of("src/test/resources/polis/15-per-hour-seattle");
        Process process = new ProcessBuilder(defaultJava(), "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "opinion-map", "--comments", data.resolve("comments.csv").toString(),
                "--votes", data.resolve("participants-votes.csv").toString(), "--out", out.toString(), "--groups", "2")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Found 2 groups");
        assertThat(Files.readAllLines(out.resolve("participants.csv")).get(0)).isEqualTo("participant,group");
    }

    /** The java on the PATH, as a person would type it; the one running the tests where there is none. */
    private static String defaultJava() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(folder -> !folder.isBlank())
                .map(folder -> Path.of(folder, "java"))
                .filter(Files::isExecutable)
                .findFirst()
                .map(Path::toString)
                .orElse(ProcessHandle.current().info().command().orElseThrow());
    }

    private Path jdk(String name, String release) throws IOException {
        Path jdk = dir.resolve(name);
        Files.createDirectories(jdk.resolve("bin"));
        Files.writeString(jdk.resolve("release"), release + "\n");
        Files.createFile(jdk.resolve("bin/java"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        return jdk;
    }
}
