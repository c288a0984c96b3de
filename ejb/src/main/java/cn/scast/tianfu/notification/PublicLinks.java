package cn.scast.tianfu.notification;

/** Absolute links into the application for mails; the public address comes from the system property tianfu.publicUrl. */
public final class PublicLinks {

    private PublicLinks() {
    }

    public static String base() {
        String configured = System.getProperty("tianfu.publicUrl", "http://localhost:8080/tfkjy");
        return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    public static String to(String pathAndQuery) {
        return base() + (pathAndQuery.startsWith("/") ? "" : "/") + pathAndQuery;
    }
}
