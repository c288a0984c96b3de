package cn.scast.tianfu.it.platform;

import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every API operation the OpenAPI document lists, called without signing in: only the operations meant for the
 * public answer; every other one is refused with 401 (or 403), every error is problem+json, none is a 5xx. An
 * operation that becomes public by mistake (a forgotten role) fails this test, and so does a public one that
 * starts asking for a sign-in. Bodies are empty JSON objects, so a public write is refused as invalid and changes
 * nothing.
 */
@ClientTest
class AnonymousApiWalkIT {

    /** The operations strangers may use (registration, password reset, public lists, votes), as "METHOD path". */
    private static final Set<String> PUBLIC = Set.of(
            "GET /api/health",
            // self-registration and the password reset by mailed link
            "POST /api/v1/registrations/workers",
            "POST /api/v1/registrations/enterprises",
            "POST /api/v1/registrations/public",
            "POST /api/v1/registrations/status",
            "POST /api/v1/registrations/email-verification",
            "POST /api/v1/password-reset",
            "POST /api/v1/password-reset/completion",
            // public lists and showcases
            "GET /api/v1/reference/cities",
            "GET /api/v1/awards/editions",
            "GET /api/v1/contests/editions",
            "GET /api/v1/contests/rural-talents",
            "GET /api/v1/fair/{year}/recommended",
            "GET /api/v1/workstations",
            // 公示, results, certificates of published awards, objections during the notice period
            "GET /api/v1/evaluation/notices",
            "GET /api/v1/evaluation/editions/{id}/notice",
            "GET /api/v1/evaluation/editions/{id}/results",
            "GET /api/v1/evaluation/entries/{id}/certificate.pdf",
            "POST /api/v1/evaluation/editions/{id}/objections",
            // the online exhibition
            "GET /api/v1/exhibits",
            "GET /api/v1/exhibits/{code}",
            // 智慧科普: topics, published items, the 科普员 list (without mobiles)
            "GET /api/v1/popscience/topics",
            "GET /api/v1/popscience/published",
            "GET /api/v1/popscience/published/{id}",
            "GET /api/v1/popscience/volunteers/public",
            // 智慧科普 push to the public without an account: subscribe, confirm by link or SMS code, unsubscribe
            "POST /api/v1/popscience/subscribers",
            "POST /api/v1/popscience/subscribers/confirmation",
            "POST /api/v1/popscience/subscribers/unsubscription",
            // 科普问答: answered questions (an unanswered one is 404 to strangers)
            "GET /api/v1/popscience/questions",
            "GET /api/v1/popscience/questions/{id}",
            // 科技志愿服务: teams with their total hours, coming activities with the places left
            "GET /api/v1/volunteering/teams",
            "GET /api/v1/volunteering/teams/{id}",
            "GET /api/v1/volunteering/teams/{id}/activities",
            "GET /api/v1/volunteering/activities/{id}",
            // 人气奖: tallies after the close, votes by mailed link
            "GET /api/v1/contests/editions/{id}/votes",
            "GET /api/v1/contests/editions/{id}/popular-award",
            "POST /api/v1/contests/editions/{id}/email-votes",
            "POST /api/v1/contests/email-votes/confirmation");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void onlyThePublicOperationsAnswerStrangers() throws Exception {
        JsonObject paths = openApi().getJsonObject("paths");
        assertTrue(paths.size() > 50, "the OpenAPI document lists the API: " + paths.keySet());

        Set<String> answered = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        for (String path : paths.keySet()) {
            for (String method : paths.getJsonObject(path).keySet()) {
                String verb = method.toUpperCase(Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(verb)) {
                    continue;
                }
                HttpResponse<String> answer = call(verb, path, requestType(paths.getJsonObject(path).getJsonObject(method)));
                String operation = verb + " " + path.replaceFirst("^/tfkjy/", "/");
                int status = answer.statusCode();
                String type = answer.headers().firstValue("Content-Type").orElse("");
                if (status >= 500) {
                    failures.add(operation + " → " + status + " " + answer.body());
                } else if (status >= 400 && !type.startsWith("application/problem+json")) {
                    failures.add(operation + " → " + status + " as " + type);
                }
                if (status != 401 && status != 403) {
                    answered.add(operation);
                }
            }
        }
        assertEquals(List.of(), failures, "errors for strangers are problem+json and never 5xx");
        assertEquals(new TreeSet<>(PUBLIC), answered, "operations that answer a caller who has not signed in");
    }

    private JsonObject openApi() throws Exception {
        HttpResponse<String> document = http.send(HttpRequest.newBuilder(URI.create(Deployments.SERVER_URL + "/openapi"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, document.statusCode(), document.body());
        try (JsonReader reader = Json.createReader(new StringReader(document.body()))) {
            return reader.readObject();
        }
    }

    /** The media type the operation reads (the first it declares), so that no answer is a 415 before the sign-in check. */
    private static String requestType(JsonObject operation) {
        JsonObject body = operation.getJsonObject("requestBody");
        if (body == null || body.getJsonObject("content") == null || body.getJsonObject("content").isEmpty()) {
            return "application/json";
        }
        String first = body.getJsonObject("content").keySet().iterator().next();
        return first.contains("*") ? "application/json" : first;
    }

    /** Path parameters become 1: an id that may or may not exist, which a refusal must not depend on. */
    private HttpResponse<String> call(String verb, String path, String requestType) throws Exception {
        String concrete = path.replaceAll("\\{[^}]+}", "1");
        String url = (concrete.startsWith("/tfkjy/") ? Deployments.SERVER_URL : Deployments.BASE_URL) + concrete;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "*/*");
        if (verb.equals("GET") || verb.equals("DELETE")) {
            request.method(verb, HttpRequest.BodyPublishers.noBody());
        } else {
            String body = requestType.contains("json") ? "{}" : "x";
            request.header("Content-Type", requestType).method(verb, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
