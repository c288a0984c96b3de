package cn.scast.tianfu.dashboard;

/** Users and listings of one city: workers, organisations, supply (所能) and demand (所需) listings. */
public record CityMarketFigures(String code, String name, long workers, long organisations, long supplies,
                                long demands) {
}
