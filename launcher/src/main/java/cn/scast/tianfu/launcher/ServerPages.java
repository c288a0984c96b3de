package cn.scast.tianfu.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the server answers outside the application, in Chinese: its root page leads to the application, and its
 * error pages (an unknown path such as {@code /foo}, an unknown method) replace Payara's English report, which also
 * names the server and its version. The application's own error pages (web.xml) still come first for its paths.
 */
final class ServerPages {

    /** The Chinese title and advice of an error page. */
    record Text(String title, String advice) {}

    /** Status codes the server itself may answer outside the application, with their texts. */
    static final Map<Integer, Text> ERRORS = Map.of(
            400, new Text("请求有误", "请求无法处理，请检查网址"),
            403, new Text("无权访问", "无权访问该地址"),
            404, new Text("页面不存在", "您访问的页面不存在，请检查网址"),
            405, new Text("方法不允许", "该地址不支持此请求方法"),
            500, new Text("服务器内部错误", "服务器内部错误，请稍后重试"),
            501, new Text("不支持的请求方法", "服务器不支持此请求方法"),
            503, new Text("服务暂不可用", "服务暂不可用，请稍后重试"));

    private ServerPages() {
    }

    /**
     * Replaces the document root's content (Payara's "server running" page and its assets) by a page that leads to
     * the application, and writes the error pages into {@code config/tianfu-error-pages}.
     *
     * @return the error page file of each status code
     */
    static Map<Integer, Path> write(Path domainDirectory, String contextRoot) throws IOException {
        Path docroot = domainDirectory.resolve("docroot");
        if (Files.isDirectory(docroot)) {
            try (Stream<Path> files = Files.walk(docroot)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    if (!file.equals(docroot)) {
                        Files.delete(file);
                    }
                }
            }
        }
        Files.createDirectories(docroot);
        Files.writeString(docroot.resolve("index.html"), rootPage(contextRoot), StandardCharsets.UTF_8);
        Path folder = domainDirectory.resolve("config/tianfu-error-pages");
        Files.createDirectories(folder);
        Map<Integer, Path> pages = new java.util.TreeMap<>();
        for (int status : ERRORS.keySet()) {
            Path page = folder.resolve(status + ".html");
            Files.writeString(page, errorPage(status, contextRoot), StandardCharsets.UTF_8);
            pages.put(status, page.toAbsolutePath());
        }
        return pages;
    }

    static String rootPage(String contextRoot) {
        return page("天府科技云", "<meta http-equiv=\"refresh\" content=\"0; url=" + contextRoot + "/\"/>",
                "<h1>天府科技云</h1><p>正在进入平台……如未自动跳转，请<a href=\"" + contextRoot + "/\">点击这里</a>。</p>");
    }

    /** The page of one of the {@link #ERRORS}. */
    static String errorPage(int status, String contextRoot) {
        Text text = ERRORS.get(status);
        return page(text.title() + " · 天府科技云", "",
                "<h1>" + status + " · " + text.title() + "</h1><p>" + text.advice() + "</p><p><a href=\"" + contextRoot
                        + "/\">返回天府科技云首页</a></p>");
    }

    private static String page(String title, String head, String body) {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                  <meta charset="UTF-8"/>
                  <title>%s</title>
                  %s
                  <style>body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:3em;color:#333}
                  h1{font-size:1.4em}a{color:#1f6fb2}</style>
                </head>
                <body>
                %s
                </body>
                </html>
                """.formatted(title, head, body);
    }
}
