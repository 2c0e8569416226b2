package org.guerillapolicy.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A server-sent event stream opened over real HTTP, read on its own thread, so a test can wait for the
 * events it expects and check that others never came.
 */
public final class EventStream implements AutoCloseable {

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final HttpResponse<java.io.InputStream> response;
    private final Thread reader;

    private EventStream(HttpResponse<java.io.InputStream> response) {
        this.response = response;
        this.reader = Thread.startVirtualThread(this::read);
    }

    /** Opens the stream with the cookies (and so the sign-in) of the given session, if any. */
    public static EventStream open(String url, String sessionCookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream");
        if (sessionCookie != null) {
            request.header("Cookie", "JSESSIONID=" + sessionCookie);
        }
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            return new EventStream(client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    /** Waits up to the given time for the next event, as "name:data"; null if none came. */
    public String next(Duration wait) throws InterruptedException {
        return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Every event that came within the given time. */
    public List<String> drain(Duration wait) throws InterruptedException {
        Thread.sleep(wait);
        List<String> all = new ArrayList<>();
        events.drainTo(all);
        return all;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                } else if (line.isEmpty() && !data.isEmpty()) {
                    events.add(name + ":" + data);
                    name = "message";
                    data.setLength(0);
                }
            }
        } catch (IOException closed) {
            // The test closed the stream, or the server ended it.
        }
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // Closing is all that is wanted.
        }
        reader.interrupt();
    }
}
