package cn.scast.tianfu.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one error page of the application (web.xml points every error code and exception here). Pages get a
 * Chinese HTML page in the look of the admin screens; /api/* keeps problem+json, so an error the container
 * handles (an authentication refusal, an exception outside Jersey) never turns an API answer into HTML.
 */
@WebServlet("/error-page")
public class ErrorPageServlet extends HttpServlet {

    /** Request attribute: a Chinese explanation that replaces the status's standard one. */
    public static final String DETAIL = "tianfu.error.detail";

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());
    private static final String TEMPLATE = "/WEB-INF/error-page.html";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        String detail = (String) request.getAttribute(DETAIL);
        RecordAccessRefused refused = cause(error, RecordAccessRefused.class);
        if (refused != null) {
            status = 403;
            detail = refused.getMessage();
        } else if (causedBy(error, EJBAccessException.class)) {
            status = 403;
            detail = "当前账号无权使用该功能";
        } else if (causedBy(error, ViewExpiredException.class)) {
            status = 400;
            detail = "页面已过期（可能是长时间未操作），请重新打开页面";
        } else if (status >= 500) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Error " + id + " on " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), error);
            detail = "服务器内部错误，请稍后重试；如问题持续，请联系管理员并提供错误编号 " + id;
        }
        ProblemTexts.Text text = ProblemTexts.of(status);
        if (detail == null) {
            detail = status == 404 ? "您访问的页面不存在，请检查网址" : text.detail();
        }
        response.setStatus(status);
        if (isApi(request)) {
            write(response, Problems.MEDIA_TYPE, Problems.of(status, text.title(), detail, null).getEntity().toString());
        } else {
            write(response, "text/html;charset=UTF-8", page(request, status, text.title(), detail));
        }
    }

    private String page(HttpServletRequest request, int status, String title, String detail) throws IOException {
        String template;
        try (InputStream in = getServletContext().getResourceAsStream(TEMPLATE)) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return template.replace("${contextPath}", request.getContextPath())
                .replace("${status}", Integer.toString(status))
                .replace("${title}", escape(title))
                .replace("${detail}", escape(detail));
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
    }

    /** The failed request may already have taken the writer or the stream; use whichever is still free. */
    private static void write(HttpServletResponse response, String contentType, String body) throws IOException {
        response.setContentType(contentType);
        try {
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalStateException writerTaken) {
            response.getWriter().write(body);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
