package cn.scast.tianfu.it.award;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Await;

import java.time.Duration;

/**
 * The seed job loads cities and counties right after deployment; the Sichuan rule and registrations look
 * them up. Ready when the last city is there with its counties.
 */
public final class ReferenceDataAwait {

    private ReferenceDataAwait() {
    }

    public static void citiesAndCounties() throws Exception {
        Await.until("cities and counties loaded", Duration.ofSeconds(180), ReferenceDataAwait::ready);
    }

    private static boolean ready() throws Exception {
        String body = ApiCalls.anonymous().get("v1/reference/cities").body();
        return body.contains("凉山彝族自治州") && !body.contains("\"counties\":0");
    }
}
