package cn.scast.tianfu.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Jakarta Faces answers a resource request it cannot serve (an unknown name, a library such as
 * {@code ?ln=../WEB-INF}) by setting the status only, which leaves an empty body where every other unknown address
 * gets the application's Chinese error page. On resource requests an error status becomes {@code sendError}, so
 * the error page answers them too.
 */
@WebFilter(urlPatterns = "/jakarta.faces.resource/*")
public class ResourceErrorPagesFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                if (status >= 400 && !isCommitted()) {
                    try {
                        sendError(status);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                } else {
                    super.setStatus(status);
                }
            }
        });
    }
}
