package cn.scast.tianfu.it.platform;

import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.Deployments;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deployed EAR answers on its health endpoint (the full report to an admin) and publishes its OpenAPI document. */
@ClientTest
class HealthIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthReportsDatabaseAndBatchRuntimeUpToTheAdmin() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + "/api/health"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:Tianfu@2026".getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        String body = response.body();
        assertTrue(body.contains("\"database\":{\"detail\":\"MariaDB 11.4"), body);
        assertTrue(body.contains("utf8mb4/utf8mb4_unicode_ci"), body);
        assertTrue(body.contains("schema version " + highestMigration() + "\""), body);
        assertTrue(body.matches(".*\"batch\":\\{[^}]*\"up\":true.*"), body);
    }

    /** The highest V number among the migration scripts (the tests run in the ear module's folder). */
    private static int highestMigration() throws IOException {
        try (Stream<Path> scripts = Files.list(Path.of("..", "ejb", "src", "main", "resources", "db", "migration"))) {
            return scripts.map(script -> script.getFileName().toString())
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow();
        }
    }

    @Test
    void openApiDocumentNamesTheApi() throws IOException, InterruptedException {
        HttpResponse<String> response = get(Deployments.SERVER_URL + "/openapi");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("天府科技云 API"), response.body());
        assertTrue(response.body().contains("/api/health"), response.body());
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
