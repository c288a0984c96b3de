package cn.scast.tianfu.listing;

import cn.scast.tianfu.platform.Problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not valid JSON or has wrongly typed fields: 400. As problem details. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<jakarta.json.bind.JsonbException> {

    @Override
    public Response toResponse(jakarta.json.bind.JsonbException e) {
        return Problems.of(Response.Status.BAD_REQUEST, "请求体无法解析", "请求体不是有效的 JSON 或字段类型不正确");
    }
}
