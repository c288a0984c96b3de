package cn.scast.tianfu.security;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The network address a sign-in comes from, as the login throttle counts it: the TCP peer
 * ({@code getRemoteAddr()}). X-Forwarded-For is not trusted, since any client can send it. Hook for a reverse proxy
 * in front (nginx): list its addresses in the system property {@value #TRUSTED_PROXIES} (comma-separated, exact
 * addresses); only for requests whose peer is one of them is the last X-Forwarded-For entry (the one the proxy
 * appended) taken instead.
 */
public final class SourceAddress {

    public static final String TRUSTED_PROXIES = "tianfu.trustedProxies";

    private SourceAddress() {
    }

    public static String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!trustedProxies().contains(peer)) {
            return peer;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        String client = hops[hops.length - 1].strip();
        return client.isEmpty() ? peer : client;
    }

    private static Set<String> trustedProxies() {
        String configured = System.getProperty(TRUSTED_PROXIES, "");
        return Arrays.stream(configured.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
