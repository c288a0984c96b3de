package cn.scast.tianfu.listing;

import java.util.List;

/** One page of listings and how many match the filter in all. */
public record ListingPage(List<Listing> items, long total) {
}
