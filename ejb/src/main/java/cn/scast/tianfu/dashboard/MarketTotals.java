package cn.scast.tianfu.dashboard;

/** Head-line counts of users and listings. */
public record MarketTotals(long workers, long organisations, long supplies, long demands, long workstations,
                           long fairSignings) {

    public long listings() {
        return supplies + demands;
    }
}
