package cn.scast.tianfu.listing;

import cn.scast.tianfu.platform.RecordNotFound;
import jakarta.ejb.ApplicationException;

/** No listing has this id. */
@ApplicationException(rollback = true)
public class ListingNotFoundException extends RecordNotFound {

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
