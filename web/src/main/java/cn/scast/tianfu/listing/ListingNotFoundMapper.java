package cn.scast.tianfu.listing;

import cn.scast.tianfu.platform.Problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown listing id: 404. As problem details. */
@Provider
public class ListingNotFoundMapper implements ExceptionMapper<ListingNotFoundException> {

    @Override
    public Response toResponse(ListingNotFoundException e) {
        return Problems.of(Response.Status.NOT_FOUND, "未找到", e.getMessage());
    }
}
