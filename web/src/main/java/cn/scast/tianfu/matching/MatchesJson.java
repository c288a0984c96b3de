package cn.scast.tianfu.matching;

import java.util.List;

/** Answer of GET /api/v1/listings/{id}/matches. */
public class MatchesJson {
    public long listingId;
    public int limit;
    public List<MatchJson> matches;
}
