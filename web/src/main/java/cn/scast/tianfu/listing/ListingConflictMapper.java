package cn.scast.tianfu.listing;

import cn.scast.tianfu.platform.Problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A change the listing's state does not allow: 409. As problem details. */
@Provider
public class ListingConflictMapper implements ExceptionMapper<ListingConflictException> {

    @Override
    public Response toResponse(ListingConflictException e) {
        return Problems.of(Response.Status.CONFLICT, "状态冲突", e.getMessage());
    }
}
