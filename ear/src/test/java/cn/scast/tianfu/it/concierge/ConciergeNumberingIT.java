package cn.scast.tianfu.it.concierge;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.ClientTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff opening 保姆单 at the same instant all succeed, each with a number of its own. */
@ClientTest
@Isolated // its twenty orders would push other classes' orders off the concierge screen's newest twenty
class ConciergeNumberingIT {

    private static final int PARALLEL = 20;
    private static final Pattern ORDER_NO = Pattern.compile("\"orderNo\":\"(BM\\d{4}-\\d{4}-\\d{6})\"");

    @Test
    void twentyParallelOpeningsAllSucceedWithDistinctNumbers() throws Exception {
        ApiCalls admin = ApiCalls.as("admin", "Tianfu@2026");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                String body = "{\"clientType\":\"ENTERPRISE\",\"clientName\":\"并发建单企业" + i
                        + "\",\"cityCode\":\"510600\",\"title\":\"并发建单测试\",\"policy\":\"一单一策\"}";
                Callable<HttpResponse<String>> call = () -> {
                    start.await();
                    return admin.post("v1/concierge/orders", body);
                };
                calls.add(pool.submit(call));
            }
            start.countDown();
            Set<String> numbers = new HashSet<>();
            for (Future<HttpResponse<String>> call : calls) {
                HttpResponse<String> response = call.get();
                assertEquals(201, response.statusCode(), response.body());
                Matcher m = ORDER_NO.matcher(response.body());
                assertTrue(m.find(), response.body());
                numbers.add(m.group(1));
            }
            assertEquals(PARALLEL, numbers.size(), "distinct numbers: " + numbers);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anOrderForAnUnknownCityIsRefused() throws Exception {
        HttpResponse<String> response = ApiCalls.as("admin", "Tianfu@2026").post("v1/concierge/orders",
                "{\"clientType\":\"WORKER\",\"clientName\":\"某专家\",\"cityCode\":\"519900\",\"title\":\"测试\"}");
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("未知的市州代码 519900"), response.body());
    }
}
