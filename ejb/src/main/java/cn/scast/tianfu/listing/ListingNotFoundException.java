package cn.scast.tianfu.listing;

import jakarta.ejb.ApplicationException;

/** No listing has this id. */
@ApplicationException(rollback = true)
public class ListingNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long id;

    public ListingNotFoundException(long id) {
        super("发布信息 " + id + " 不存在");
        this.id = id;
    }

    public long id() {
        return id;
    }
}
