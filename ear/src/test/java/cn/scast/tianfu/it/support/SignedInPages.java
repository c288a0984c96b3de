package cn.scast.tianfu.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pages fetched over HTTP in one signed-in session (the login form, a session cookie), without a browser. */
public final class SignedInPages {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http;

    private SignedInPages(HttpClient http) {
        this.http = http;
    }

    /** Signs in through the login form; fails when the form does not answer with a redirect. */
    public static SignedInPages signIn(String username, String password) throws IOException, InterruptedException {
        SignedInPages pages = new SignedInPages(HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
        HttpResponse<String> form = pages.get("/login.xhtml");
        Matcher viewState = VIEW_STATE.matcher(form.body());
        if (!viewState.find()) {
            throw new AssertionError("no login form: " + form.body());
        }
        String body = "loginForm=loginForm&loginForm%3Ausername=" + encode(username) + "&loginForm%3Apassword="
                + encode(password) + "&loginForm%3Asubmit=&jakarta.faces.ViewState=" + encode(viewState.group(1));
        HttpResponse<String> signedIn = pages.http.send(HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (signedIn.statusCode() != 302) {
            throw new AssertionError(username + " not signed in: " + signedIn.statusCode() + " " + signedIn.body());
        }
        return pages;
    }

    /** A page below the context root, e.g. {@code /admin/dashboard.xhtml}; redirects are not followed. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Where a redirect answer points, below the context root. */
    public static String redirectTarget(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no redirect: " + response.statusCode()));
        int context = location.indexOf("/tfkjy/");
        return context < 0 ? location : location.substring(context + "/tfkjy".length());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
