package cn.scast.tianfu.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API under /api; Payara serves its OpenAPI document at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "天府科技云 API", version = "1"))
public class ApiApplication extends Application {

    /**
     * No WADL: the OpenAPI document describes the API, and Jersey's generated one (application.wadl, OPTIONS answers)
     * listed every resource to anonymous callers and named Jersey and its version.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
