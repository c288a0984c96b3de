package cn.scast.tianfu.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settings that must be in domain.xml before the server starts (post-boot commands come too late
 * for them): UTF-8 everywhere, China Standard Time, enough heap for indexing and batch chunks, the
 * hardened defaults (admin listener on the loopback address, no version headers) and no JMS broker.
 */
final class DomainConfiguration {

    private static final String SERVER_CONFIG = "<config name=\"server-config\">";
    private static final String MARKER = "-Dtianfu.configured=true";
    private static final String EXTRA_MARKER = "-Dtianfu.extraJvmOptions=";
    private static final String EXTRA_SEPARATOR = "|";

    private DomainConfiguration() {
    }

    /**
     * Points the batch runtime at the batch pool and the application schema in domain.xml itself, before
     * the server starts: set by a post-boot command only, it takes effect after a restart, and until then
     * the runtime keeps its repository in a database called "test".
     */
    static void pointBatchRuntimeAt(Path domainXml, String schema) throws IOException {
        String xml = Files.readString(domainXml, StandardCharsets.UTF_8)
                .replaceAll("\\s*<batch-runtime-configuration[^>]*?(/>|></batch-runtime-configuration>)", "");
        int at = xml.indexOf(SERVER_CONFIG) + SERVER_CONFIG.length();
        String element = "\n      <batch-runtime-configuration schema-name=\"" + schema
                + "\" data-source-lookup-name=\"jdbc/batch\"></batch-runtime-configuration>";
        Files.writeString(domainXml, xml.substring(0, at) + element + xml.substring(at), StandardCharsets.UTF_8);
    }

    /**
     * The admin listener (4848: console, REST management, asadmin) answers on 127.0.0.1 only, no HTTP
     * listener announces the server and its version ({@code Server}, {@code X-Powered-By} headers), paths and
     * errors outside the application get Chinese pages ({@link ServerPages}) instead of Payara's English report,
     * the MicroProfile metrics of the JVM and its pools are not served to anonymous callers, and remote EJB
     * (IIOP) and JMX answer on 127.0.0.1 only. Idempotent: the domain is reused by later starts.
     */
    static void harden(Path domainXml) throws IOException {
        Map<Integer, Path> errorPages = ServerPages.write(domainXml.getParent().getParent(), PayaraServer.CONTEXT_ROOT);
        rewrite(domainXml, xml -> internalsOnLoopback(withoutMetricsEndpoint(withErrorPages(
                withoutJmsBroker(withoutVersionHeaders(adminListenerOnLoopback(xml))), errorPages))));
    }

    /** See {@link #applicationNotLoadedAtBoot(String, String)}. */
    static void applicationNotLoadedAtBoot(Path domainXml, String application) throws IOException {
        rewrite(domainXml, xml -> applicationNotLoadedAtBoot(xml, application));
    }

    /** Applies a change to domain.xml, writing the file only when the change changed something. */
    private static void rewrite(Path domainXml, UnaryOperator<String> change) throws IOException {
        String xml = Files.readString(domainXml, StandardCharsets.UTF_8);
        String changed = change.apply(xml);
        if (!changed.equals(xml)) {
            Files.writeString(domainXml, changed, StandardCharsets.UTF_8);
        }
    }

    /** Applies a change to the server's own configuration ({@code server-config}) only; other configs stay as they are. */
    private static String inServerConfig(String xml, UnaryOperator<String> change) {
        int start = xml.indexOf(SERVER_CONFIG);
        int end = xml.indexOf("</config>", start);
        if (start < 0 || end < 0) {
            return xml;
        }
        return xml.substring(0, start) + change.apply(xml.substring(start, end)) + xml.substring(end);
    }

    /**
     * The server's listeners on the given HTTP and admin ports; the other ports the server opens (HTTPS, IIOP,
     * JMX, JMS) move by as much as HTTP moved from 8080, so that a second domain (the tests' one beside the run
     * command's) shares none of them. Idempotent: every port is set from the defaults, not shifted.
     */
    static void usePorts(Path domainXml, int httpPort, int adminPort) throws IOException {
        rewrite(domainXml, xml -> withPorts(xml, httpPort, adminPort));
    }

    /**
     * The server JVM's further options ({@code TFKJY_JVM_OPTIONS}), replacing those of an earlier start. A marker
     * option lists what was added, so that a later start with other options removes exactly those.
     */
    static void useExtraJvmOptions(Path domainXml, List<String> options) throws IOException {
        rewrite(domainXml, xml -> withExtraJvmOptions(xml, options));
    }

    static String withExtraJvmOptions(String xml, List<String> options) {
        int start = xml.indexOf(SERVER_CONFIG);
        int end = xml.indexOf("</java-config>", start);
        String section = xml.substring(start, end);
        Matcher marker = Pattern.compile("\\s*<jvm-options>" + Pattern.quote(EXTRA_MARKER) + "([^<]*)</jvm-options>")
                .matcher(section);
        if (marker.find()) {
            String earlier = marker.group(1);
            section = section.substring(0, marker.start()) + section.substring(marker.end());
            for (String option : earlier.split(Pattern.quote(EXTRA_SEPARATOR))) {
                if (!option.isEmpty()) {
                    section = section.replaceFirst("\\s*<jvm-options>" + Pattern.quote(option) + "</jvm-options>", ""); // stored escaped
                }
            }
        }
        if (!options.isEmpty()) {
            StringBuilder added = new StringBuilder("  <jvm-options>" + EXTRA_MARKER
                    + escape(String.join(EXTRA_SEPARATOR, options)) + "</jvm-options>");
            options.forEach(option -> added.append("\n        <jvm-options>").append(escape(option)).append("</jvm-options>"));
            section = section + added + "\n      ";
        }
        return xml.substring(0, start) + section + xml.substring(end);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String withPorts(String xml, int httpPort, int adminPort) {
        return inServerConfig(xml, section -> withPortsIn(section, httpPort, adminPort));
    }

    private static String withPortsIn(String section, int httpPort, int adminPort) {
        int offset = httpPort - 8080;
        section = setPort(section, "<network-listener [^>]*name=\"http-listener-1\"[^>]*>", httpPort);
        section = setPort(section, "<network-listener [^>]*name=\"http-listener-2\"[^>]*>", 8181 + offset);
        section = setPort(section, "<network-listener [^>]*name=\"admin-listener\"[^>]*>", adminPort);
        section = setPort(section, "<iiop-listener [^>]*id=\"orb-listener-1\"[^>]*>", 3700 + offset);
        section = setPort(section, "<iiop-listener [^>]*id=\"SSL\"[^>]*>", 3820 + offset);
        section = setPort(section, "<iiop-listener [^>]*id=\"SSL_MUTUALAUTH\"[^>]*>", 3920 + offset);
        section = setPort(section, "<jmx-connector [^>]*name=\"system\"[^>]*>", 8686 + offset);
        return rewriteTags(section, "<system-property name=\"JMS_PROVIDER_PORT\"[^>]*>",
                tag -> tag.replaceAll(" value=\"[^\"]*\"", " value=\"" + (7676 + offset) + "\""));
    }

    private static String setPort(String xml, String tagPattern, int port) {
        return rewriteTags(xml, tagPattern, tag -> tag.replaceAll(" port=\"[^\"]*\"", " port=\"" + port + "\""));
    }

    static String adminListenerOnLoopback(String xml) {
        return rewriteTags(xml, "<network-listener [^>]*name=\"admin-listener\"[^>]*>", tag -> tag
                .replaceAll(" address=\"[^\"]*\"", "")
                .replace("<network-listener ", "<network-listener address=\"127.0.0.1\" "));
    }

    /**
     * Remote EJB (IIOP), JMX, the data grid and Payara's H2 files are for this machine only: nothing here calls them
     * from elsewhere, and each is a way in (deserialisation over IIOP, management over JMX, an unauthenticated
     * cluster join, a database server).
     */
    static String internalsOnLoopback(String xml) {
        String listeners = rewriteTags(xml, "<(iiop-listener|jmx-connector) [^>]*>", tag -> tag
                .replaceAll(" address=\"[^\"]*\"", "")
                .replaceFirst("^<(iiop-listener|jmx-connector) ", "<$1 address=\"127.0.0.1\" "));
        String dataGrid = rewriteTags(listeners, "<hazelcast-runtime-configuration[^>]*?(?=/?>)", tag -> tag
                .replaceAll(" das-bind-address=\"[^\"]*\"", "")
                .replace("<hazelcast-runtime-configuration", "<hazelcast-runtime-configuration das-bind-address=\"127.0.0.1\""));
        // Payara's own H2 files (EJB timers, its default pool) in embedded mode only: AUTO_SERVER opened an H2 TCP
        // server on a random port of every interface for other processes, and no other process uses them.
        return dataGrid.replace(";AUTO_SERVER=TRUE", "");
    }

    /**
     * The application an earlier run left deployed is not loaded at boot: the run command deploys the EAR again
     * right after the start, and loading the old one first cost about 20 s and now and then failed the redeployment
     * that followed (Weld: "Non-unique bean deployment identifier", a ClassNotFoundException for the batch module).
     */
    static String applicationNotLoadedAtBoot(String xml, String application) {
        return rewriteTags(xml, "<application-ref [^>]*\\bref=\"" + Pattern.quote(application) + "\"[^>]*?(?=/?>)", tag -> tag
                .replaceAll(" enabled=\"[^\"]*\"", "")
                .replace("<application-ref ", "<application-ref enabled=\"false\" "));
    }

    /** No Open MQ broker: the application sends no JMS messages, so a broker would only cost start-up time and memory. */
    static String withoutJmsBroker(String xml) {
        String disabled = rewriteTags(xml, "<jms-service [^>]*>", tag -> tag.replaceAll(" type=\"[^\"]*\"", " type=\"DISABLED\""));
        // A fresh domain's server-config has no jms-service element, which means an embedded broker (and its proxy
        // listening on every interface once anything touches JMS): say DISABLED there too.
        return inServerConfig(disabled, section -> section.contains("<jms-service") ? section
                : SERVER_CONFIG + "\n      <jms-service type=\"DISABLED\"></jms-service>" + section.substring(SERVER_CONFIG.length()));
    }

    /**
     * The server's virtual server answers errors outside the application with the given page files
     * ({@code send-error_n} properties, read by Payara's VirtualServer: "code=404 path=/…/404.html"). Earlier
     * such properties are replaced. A path with a space cannot be written there (the value is split at spaces).
     */
    static String withErrorPages(String xml, Map<Integer, Path> pages) {
        return inServerConfig(xml, section -> withErrorPagesIn(section, pages));
    }

    private static String withErrorPagesIn(String section, Map<Integer, Path> pages) {
        Matcher server = Pattern.compile("<virtual-server ([^>]*\\bid=\"server\"[^>]*?)(/>|>(.*?)</virtual-server>)",
                Pattern.DOTALL).matcher(section);
        if (!server.find()) {
            return section;
        }
        String body = server.group(3) == null ? "" : server.group(3);
        body = body.replaceAll("\\s*<property name=\"send-error_\\d+\"[^>]*?(/>|></property>)", "");
        StringBuilder properties = new StringBuilder();
        int n = 1;
        for (Map.Entry<Integer, Path> page : pages.entrySet()) {
            String path = page.getValue().toString();
            if (path.chars().anyMatch(Character::isWhitespace)) {
                continue;
            }
            properties.append("\n          <property name=\"send-error_").append(n++).append("\" value=\"code=")
                    .append(page.getKey()).append(" path=").append(escape(path).replace("\"", "&quot;"))
                    .append("\"></property>");
        }
        String others = body.isBlank() ? (properties.length() > 0 ? "\n        " : "") : body;
        String element = "<virtual-server " + server.group(1) + ">" + properties + others + "</virtual-server>";
        return section.substring(0, server.start()) + element + section.substring(server.end());
    }

    /** No anonymous /metrics: pool names, heap and thread counts are for the operators' monitoring, not for every caller. */
    static String withoutMetricsEndpoint(String xml) {
        return rewriteTags(xml, "<microprofile-metrics-configuration[^>]*?(?=/?>)", tag -> tag
                .replaceAll(" enabled=\"[^\"]*\"", "")
                .replace("<microprofile-metrics-configuration", "<microprofile-metrics-configuration enabled=\"false\""));
    }

    static String withoutVersionHeaders(String xml) {
        return rewriteTags(xml, "<http [^>]*>", tag -> tag
                .replaceAll(" (xpowered-by|server-header)=\"[^\"]*\"", "")
                .replace("<http ", "<http xpowered-by=\"false\" server-header=\"false\" "));
    }

    /** Replaces every start tag matching {@code tagPattern} by what {@code rewrite} makes of it. */
    private static String rewriteTags(String xml, String tagPattern, UnaryOperator<String> rewrite) {
        Matcher tag = Pattern.compile(tagPattern).matcher(xml);
        StringBuilder result = new StringBuilder();
        while (tag.find()) {
            tag.appendReplacement(result, Matcher.quoteReplacement(rewrite.apply(tag.group())));
        }
        tag.appendTail(result);
        return result.toString();
    }

    static void tune(Path domainXml) throws IOException {
        String xml = Files.readString(domainXml, StandardCharsets.UTF_8);
        if (xml.contains(MARKER)) {
            return;
        }
        int config = xml.indexOf(SERVER_CONFIG);
        int javaConfigEnd = xml.indexOf("</java-config>", config);
        String section = xml.substring(config, javaConfigEnd)
                .replace("<jvm-options>-Xmx512m</jvm-options>", "<jvm-options>-Xmx2g</jvm-options>");
        String added = String.join("\n        ",
                "<jvm-options>" + MARKER + "</jvm-options>",
                "<jvm-options>-Dfile.encoding=UTF-8</jvm-options>",
                "<jvm-options>-Dsun.jnu.encoding=UTF-8</jvm-options>",
                "<jvm-options>-Duser.timezone=Asia/Shanghai</jvm-options>",
                "<jvm-options>-Duser.language=zh</jvm-options>",
                "<jvm-options>-Duser.country=CN</jvm-options>");
        String tuned = xml.substring(0, config) + section + "  " + added + "\n      " + xml.substring(javaConfigEnd);
        Files.writeString(domainXml, tuned, StandardCharsets.UTF_8);
    }
}
