package cn.scast.tianfu.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The UI texts: a key defined twice in one bundle silently shows the later text everywhere (a column header once
 * read "{0} 件作品已晋级…"), and a page asking a bundle for a key it lacks shows "???key???" to the user.
 */
class UiBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/cn/scast/tianfu/web");
    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern DECLARED = Pattern.compile(
            "<base-name>cn\\.scast\\.tianfu\\.web\\.(\\w+)</base-name>\\s*<var>(\\w+)</var>");
    private static final Pattern USED = Pattern.compile("#\\{(\\w+)\\['([\\w.-]+)'\\]");
    private static final Path SOURCES = Path.of("src/main/java");
    /** A page notice whose text starts as a Chinese literal in Java instead of a bundle key. */
    private static final Pattern LITERAL_NOTICE = Pattern.compile(
            "\\b\\w*(?:Messages|Errors)\\.(?:info|error|global)\\(\\s*\"[^\"]*\\p{IsHan}");

    @Test
    void noBundleDefinesAKeyTwice() throws IOException {
        List<String> twice = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                Set<String> seen = new HashSet<>();
                boolean continued = false;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String stripped = line.strip();
                    boolean continuation = continued;
                    continued = stripped.endsWith("\\");
                    if (continuation || stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                        continue;
                    }
                    String key = stripped.split("\\s*[=:]", 2)[0];
                    if (!seen.add(key)) {
                        twice.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), twice, "keys defined twice");
    }

    @Test
    void everyKeyAPageAsksForIsInItsBundle() throws IOException {
        Map<String, Properties> bundleOfVar = new HashMap<>();
        Matcher declared = DECLARED.matcher(Files.readString(PAGES.resolve("WEB-INF/faces-config.xml")));
        while (declared.find()) {
            bundleOfVar.put(declared.group(2), load(BUNDLES.resolve(declared.group(1) + ".properties")));
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(PAGES)) {
            for (Path page : pages.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher used = USED.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (used.find()) {
                    Properties bundle = bundleOfVar.get(used.group(1));
                    if (bundle != null && !bundle.containsKey(used.group(2))) {
                        missing.add(PAGES.relativize(page) + ": " + used.group(1) + "['" + used.group(2) + "']");
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "keys the pages ask for but their bundle lacks");
    }

    @Test
    void pageNoticesComeFromTheBundlesNotFromJavaLiterals() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher notice = LITERAL_NOTICE.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (notice.find()) {
                    literals.add(SOURCES.relativize(source) + ": " + notice.group());
                }
            }
        }
        assertEquals(List.of(), literals, "Chinese notices written in Java; put them in a bundle");
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
