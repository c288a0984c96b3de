package cn.scast.tianfu.popscience;

import java.util.List;

/** A public subscriber as its own manage page shows it: the masked address, the status and the choices. */
public record PublicSubscriberView(String address, String channel, String status, List<String> topics,
                                   List<String> groups, String regionName) {
}
