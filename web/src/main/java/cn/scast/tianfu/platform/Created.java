package cn.scast.tianfu.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** 201 Created for a new record: its address below the collection the request was sent to, and its view. */
public final class Created {

    private Created() {
    }

    public static Response at(UriInfo uri, Object id, Object view) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(view).build();
    }
}
