package org.guerillapolicy.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

/**
 * One visitor using the running application over real HTTP, the way a browser without JavaScript does:
 * cookies are kept, forms are submitted with their hidden inputs (such as the CSRF token), and redirects
 * are only followed when asked, so that tests can check where a response sends the visitor.
 */
public final class WebSession {

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private Response last;

    public WebSession(String baseUrl) {
        this.base = URI.create(baseUrl);
    }

    public Response get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(base.resolve(pathOrUrl)).GET());
    }

    /**
     * Submits the form that the selector finds on the last page, with its own values (hidden inputs
     * included) replaced or added to by the given fields.
     */
    public Response submit(String formSelector, Map<String, String> fields) {
        if (last == null) {
            throw new IllegalStateException("No page has been loaded yet");
        }
        if (!(last.page().selectFirst(formSelector) instanceof FormElement form)) {
            throw new AssertionError("No form matches '" + formSelector + "' on " + last.uri()
                    + " (status " + last.status() + ")");
        }
        Map<String, String> values = new LinkedHashMap<>();
        form.formData().forEach(field -> values.put(field.key(), field.value()));
        values.putAll(fields);
        String body = values.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));

        // An empty action posts back to the page itself, as browsers do.
        URI target = form.attr("action").isEmpty() ? last.uri() : URI.create(form.absUrl("action"));
        if (form.attr("method").equalsIgnoreCase("post")) {
            return send(HttpRequest.newBuilder(target)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }
        return send(HttpRequest.newBuilder(target.resolve("?" + body)).GET());
    }

    /** A file for {@link #submitFiles}: its name as the browser sends it, and its bytes. */
    public record Upload(String filename, byte[] content) {
    }

    /**
     * Submits the form that the selector finds on the last page as multipart/form-data, as a browser does for
     * a form with file inputs: its own values (hidden inputs included), the given fields and the given files.
     */
    public Response submitFiles(String formSelector, Map<String, String> fields, Map<String, Upload> files) {
        if (!(last.page().selectFirst(formSelector) instanceof FormElement form)) {
            throw new AssertionError("No form matches '" + formSelector + "' on " + last.uri());
        }
        Map<String, String> values = new LinkedHashMap<>();
        form.formData().forEach(field -> values.put(field.key(), field.value()));
        values.putAll(fields);
        String boundary = "----websession" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        values.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        files.forEach((name, file) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + file.filename() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        URI target = form.attr("action").isEmpty() ? last.uri() : URI.create(form.absUrl("action"));
        return send(HttpRequest.newBuilder(target)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /**
     * Posts to any path with this visitor's CSRF token from the last page, as a hand-made or forged form
     * would: for checking that the server refuses what the page did not offer.
     */
    public Response postForm(String path, Map<String, String> fields) {
        Map<String, String> values = new LinkedHashMap<>(fields);
        values.put("_csrf", last.page().select("input[name=_csrf]").val());
        String body = values.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst();
    }

    /** Follows the response's redirects, if any, to the page they end on. */
    public Response follow(Response response) {
        Response current = response;
        for (int hops = 0; current.location().isPresent(); hops++) {
            if (hops == 10) {
                throw new AssertionError("Too many redirects, the last to " + current.location().get());
            }
            current = get(current.uri().resolve(current.location().get()).toString());
        }
        return current;
    }

    public Response last() {
        return last;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            // Ask for pages as a browser does, so errors come back as the HTML pages people see.
            request.header("Accept", "text/html,application/xhtml+xml");
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            URI uri = response.uri();
            last = new Response(response.statusCode(), response.headers(), uri, response.body(),
                    Jsoup.parse(response.body(), uri.toString()));
            return last;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public record Response(int status, HttpHeaders headers, URI uri, String body, Document page) {

        /** Where a redirect sends the visitor; empty for any other response. */
        public Optional<String> location() {
            return status / 100 == 3 ? headers.firstValue("Location") : Optional.empty();
        }
    }
}
