package cn.scast.tianfu.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A REST client for the tests: JSON over HTTP, optionally as a user with HTTP Basic. */
public final class ApiCalls {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String authorization;
    private final String prefix;
    private final String accept;

    private ApiCalls(String authorization, String prefix, String accept) {
        this.authorization = authorization;
        this.prefix = prefix;
        this.accept = accept;
    }

    public static ApiCalls anonymous() {
        return new ApiCalls(null, "", null);
    }

    public static ApiCalls as(String username, String password) {
        return new ApiCalls("Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8)), "", null);
    }

    /** The same caller with paths relative to {@code /api/<prefix>}, e.g. "v1" for an area's tests that write "/workers". */
    public ApiCalls under(String prefix) {
        return new ApiCalls(authorization, prefix, accept);
    }

    /** The same caller sending this Accept header (e.g. "application/json, application/problem+json"). */
    public ApiCalls accepting(String mediaTypes) {
        return new ApiCalls(authorization, prefix, mediaTypes);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    /** A GET whose body is kept as bytes (downloads such as .xlsx). */
    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + "/api/" + prefix + path));
        if (accept != null) {
            builder.header("Accept", accept);
        }
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The first numeric "id" of a JSON body (white space around the colon allowed). */
    public static long idOf(String json) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}
