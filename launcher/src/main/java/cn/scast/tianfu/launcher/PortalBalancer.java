package cn.scast.tianfu.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * nginx (Debian's package) in front of the portal nodes: its own configuration, logs and temp files under
 * {@code <data>/portal/nginx}, started in the foreground as a child of the launcher so that stopping the launcher
 * stops it. A request carrying a session cookie goes to the node that holds the session (consistent hash of the
 * cookie); calls without one are spread over the nodes. A node that refuses connections is skipped, so a dead
 * node's users land on another node, which finds their session in the cluster's store.
 */
public final class PortalBalancer {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");

    private final Path directory;
    private final int port;
    private Process process;

    PortalBalancer(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port + PayaraServer.CONTEXT_ROOT;
    }

    void start(List<Integer> nodePorts) {
        if (!Files.isExecutable(NGINX)) {
            throw new LaunchFailure("the portal's load balancer needs Debian's nginx: apt-get install nginx");
        }
        try {
            for (String sub : List.of("tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi", "logs")) {
                Files.createDirectories(directory.resolve(sub));
            }
            Path conf = directory.resolve("nginx.conf");
            Files.writeString(conf, configuration(directory, port, nodePorts), StandardCharsets.UTF_8);
            process = new ProcessBuilder(NGINX.toString(), "-p", directory.toString(), "-c", conf.toString(),
                    "-g", "daemon off;")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("logs/console.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new LaunchFailure("cannot start nginx: " + e.getMessage());
        }
        PayaraServer.awaitOk(baseUrl() + "/api/health", Duration.ofSeconds(30));
    }

    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy(); // SIGTERM: nginx's fast shutdown
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static String configuration(Path directory, int port, List<Integer> nodePorts) {
        String servers = nodePorts.stream()
                .map(p -> "    server 127.0.0.1:" + p + " max_fails=1 fail_timeout=5s;")
                .collect(Collectors.joining("\n"));
        return """
                # written by the launcher at every start; edit PortalBalancer instead
                worker_processes auto;
                error_log %1$s/logs/error.log warn;
                pid %1$s/nginx.pid;
                events { worker_connections 4096; }
                http {
                  access_log off;
                  server_tokens off;
                  client_body_temp_path %1$s/tmp/body;
                  proxy_temp_path %1$s/tmp/proxy;
                  fastcgi_temp_path %1$s/tmp/fastcgi;
                  uwsgi_temp_path %1$s/tmp/uwsgi;
                  scgi_temp_path %1$s/tmp/scgi;
                  upstream portal {
                    # a session stays on its node; without a cookie the key is empty and nginx goes round robin
                    hash $cookie_JSESSIONID consistent;
                %2$s
                    keepalive 64;
                  }
                  server {
                    listen 127.0.0.1:%3$d;
                    client_max_body_size 50m;
                    location = / { return 302 %4$s/; }
                    location = %4$s { return 301 %4$s/; }
                    # paths outside the portal do not reach the nodes (nor their /metrics, /openapi): a Chinese 404 page
                    location / { default_type "text/html; charset=utf-8"; return 404 '%5$s'; }
                    location %4$s/ {
                      proxy_pass http://portal;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $http_host;
                      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                      proxy_set_header X-Forwarded-Proto $scheme;
                      proxy_connect_timeout 2s;
                      proxy_read_timeout 120s;
                      # a dead node: the request goes to the next one (only if nothing was sent to the dead one)
                      proxy_next_upstream error timeout http_502 http_503;
                    }
                  }
                }
                """.formatted(directory.toAbsolutePath(), servers, port, PayaraServer.CONTEXT_ROOT, notFoundPage());
    }

    /** The Chinese 404 page as an nginx string literal (nginx's workers may not read files under the data folder). */
    private static String notFoundPage() {
        String page = ServerPages.errorPage(404, PayaraServer.CONTEXT_ROOT);
        if (page.contains("'") || page.contains("$") || page.contains("\\")) {
            throw new IllegalStateException("the 404 page must hold no ' $ or \\ to be an nginx literal");
        }
        return page;
    }
}
