package cn.scast.tianfu.listing;

import java.util.List;

/** A page of listings and the total matching the filter. */
public class ListingListJson {
    public long total;
    public int first;
    public int max;
    public List<ListingJson> items;
}
