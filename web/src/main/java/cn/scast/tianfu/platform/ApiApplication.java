package cn.scast.tianfu.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API under /api; Payara serves its OpenAPI document at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "天府科技云 API", version = "1"))
public class ApiApplication extends Application {
}
