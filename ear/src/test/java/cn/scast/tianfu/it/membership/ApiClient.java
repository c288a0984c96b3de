package cn.scast.tianfu.it.membership;

import cn.scast.tianfu.it.support.Await;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.membership.identity.ResidentIdNumber;
import cn.scast.tianfu.membership.identity.UnifiedSocialCreditCode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/** A small HTTP client for the membership API with fictitious but valid test identifiers. */
final class ApiClient {

    static final String API = Deployments.BASE_URL + "/api/v1";
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "Tianfu@2026";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String authorization;

    private ApiClient(String authorization) {
        this.authorization = authorization;
    }

    static ApiClient anonymous() {
        return new ApiClient(null);
    }

    static ApiClient as(String username, String password) {
        return new ApiClient("Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static ApiClient admin() {
        return as(ADMIN, ADMIN_PASSWORD);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(API + path)).GET());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(API + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(API + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A GET whose body is kept as bytes (downloads such as .xlsx). */
    HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(API + path)).GET().timeout(Duration.ofSeconds(120));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Waits until the reference seeds (cities) are in: workers and organisations need a known city. */
    static void awaitCities() throws Exception {
        ApiClient admin = admin();
        Await.value("reference data (ref_city) loaded", Duration.ofSeconds(120),
                () -> admin.post("/organisations",
                        "{\"type\":\"ENTERPRISE_OR_INSTITUTION\",\"name\":\"\",\"creditCode\":\"" + creditCode()
                                + "\",\"cityCode\":\"510100\"}"),
                probe -> probe.statusCode() == 400 && !probe.body().contains("\"cityCode\""));
    }

    /** A valid, random 18-digit ID number of someone born in Chengdu between 1960 and 2000. */
    static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(40 * 365));
        String first17 = "510104" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** The same number with a wrong check character. */
    static String withWrongCheckCharacter(String idNumber) {
        char check = idNumber.charAt(17);
        char wrong = check == '1' ? '2' : '1';
        return idNumber.substring(0, 17) + wrong;
    }

    /** A valid, random unified social credit code of a Chengdu company. */
    static String creditCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = "91510100" + String.format("%09d", random.nextLong(1_000_000_000L));
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    /** The first "id" number in a JSON body. */
    static long idOf(String json) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    static long totalOf(String json) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no total in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    static String workerJson(String name, String idNumber, String mobile, String cityCode, String title) {
        StringBuilder json = new StringBuilder("{\"name\":\"").append(name).append('"');
        if (idNumber != null) {
            json.append(",\"idNumber\":\"").append(idNumber).append('"');
        }
        if (mobile != null) {
            json.append(",\"mobile\":\"").append(mobile).append('"');
        }
        if (cityCode != null) {
            json.append(",\"cityCode\":\"").append(cityCode).append('"');
        }
        if (title != null) {
            json.append(",\"title\":\"").append(title).append('"');
        }
        return json.append('}').toString();
    }

    static String organisationJson(String name, String creditCode) {
        return "{\"type\":\"UNIVERSITY_ASSOCIATION\",\"name\":\"" + name + "\",\"creditCode\":\"" + creditCode
                + "\",\"cityCode\":\"510100\"}";
    }

    /** The id of a city's association in the list (JSON-B writes properties in alphabetical order). */
    static long associationId(ApiClient admin, String cityCode) throws Exception {
        String list = admin.get("/city-associations").body();
        for (String item : list.split("\\},\\{")) {
            if (item.contains("\"cityCode\":\"" + cityCode + "\"")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(item);
                if (!m.find()) {
                    throw new AssertionError(item);
                }
                return Long.parseLong(m.group(1));
            }
        }
        throw new AssertionError("no association for " + cityCode + " in " + list);
    }

    static String team(String name, long leader, String memberIds, String city) {
        return "{\"name\":\"" + name + "\",\"leaderId\":" + leader + ",\"memberIds\":" + memberIds + ",\"cityCode\":\""
                + city + "\"}";
    }

    static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
