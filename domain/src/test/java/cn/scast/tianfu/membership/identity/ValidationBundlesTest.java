package cn.scast.tianfu.membership.identity;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Guards the three ValidationMessages bundles against drifting apart. */
class ValidationBundlesTest {

    private static Properties load(String name) throws IOException {
        try (InputStream in = ValidationBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void chineseCopyIsIdenticalToTheDefaultBundle() throws IOException {
        assertEquals(load("ValidationMessages.properties"), load("ValidationMessages_zh.properties"));
    }

    @Test
    void englishBundleHasExactlyTheSameKeys() throws IOException {
        Properties chinese = load("ValidationMessages.properties");
        Properties english = load("ValidationMessages_en.properties");
        assertEquals(chinese.stringPropertyNames(), english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertFalse(english.getProperty(key).codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
                    "Chinese text in English bundle: " + key);
        }
    }

    @Test
    void defaultBundleIsChinese() throws IOException {
        assertEquals("手机号码格式不正确", load("ValidationMessages.properties").getProperty("identity.mobilePhone.invalid"));
    }
}
