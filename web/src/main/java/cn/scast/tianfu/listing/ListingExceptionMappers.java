package cn.scast.tianfu.listing;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Listing errors as problem details: refused input 400 (per field), unknown id 404, state conflict 409. */
public final class ListingExceptionMappers {

    private ListingExceptionMappers() {
    }

    @Provider
    public static class Rejected implements ExceptionMapper<ListingRejectedException> {
        @Override
        public Response toResponse(ListingRejectedException e) {
            return Problems.of(400, "输入不符合要求", "请根据各字段的说明修改后重新提交", e.errors());
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<ListingNotFoundException> {
        @Override
        public Response toResponse(ListingNotFoundException e) {
            return Problems.of(Response.Status.NOT_FOUND, "未找到", e.getMessage());
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ListingConflictException> {
        @Override
        public Response toResponse(ListingConflictException e) {
            return Problems.of(Response.Status.CONFLICT, "状态冲突", e.getMessage());
        }
    }

    @Provider
    public static class BadJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problems.of(Response.Status.BAD_REQUEST, "请求体无法解析", "请求体不是有效的 JSON 或字段类型不正确");
        }
    }
}
