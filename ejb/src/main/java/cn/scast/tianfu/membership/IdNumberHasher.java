package cn.scast.tianfu.membership;

import cn.scast.tianfu.membership.identity.ResidentIdNumber;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * The HMAC key for ID numbers, kept outside the database: environment variable TFKJY_ID_HASH_KEY
 * (or system property tianfu.idHashKey), at least 16 bytes. Without it a fixed demo key is used and
 * a warning is logged; changing the key later makes stored hashes unmatchable.
 */
@ApplicationScoped
public class IdNumberHasher {

    private static final Logger LOG = Logger.getLogger(IdNumberHasher.class.getName());
    private static final String DEMO_KEY = "tianfu-demo-id-hash-key-change-me";

    private byte[] key;

    @PostConstruct
    void loadKey() {
        String configured = System.getenv("TFKJY_ID_HASH_KEY");
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty("tianfu.idHashKey");
        }
        if (configured == null || configured.getBytes(StandardCharsets.UTF_8).length < 16) {
            LOG.warning("TFKJY_ID_HASH_KEY not set (or shorter than 16 bytes): ID numbers are hashed with the demo key");
            configured = DEMO_KEY;
        }
        key = configured.getBytes(StandardCharsets.UTF_8);
    }

    public String hash(ResidentIdNumber number) {
        return number.hash(key);
    }
}
