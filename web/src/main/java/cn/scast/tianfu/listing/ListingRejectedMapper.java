package cn.scast.tianfu.listing;

import cn.scast.tianfu.platform.Problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Refused input: 400 with one error per field. As problem details. */
@Provider
public class ListingRejectedMapper implements ExceptionMapper<ListingRejectedException> {

    @Override
    public Response toResponse(ListingRejectedException e) {
        return Problems.of(400, "输入不符合要求", "请根据各字段的说明修改后重新提交", e.errors());
    }
}
