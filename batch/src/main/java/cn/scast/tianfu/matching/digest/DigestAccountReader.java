package cn.scast.tianfu.matching.digest;

import cn.scast.tianfu.imports.KeysetPageReader;
import cn.scast.tianfu.matching.MatchDigests;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.util.List;

/** The accounts that own listings, in username order; the checkpoint is the last username read. */
@Named
@Dependent
public class DigestAccountReader extends KeysetPageReader<String> {

    @EJB
    private MatchDigests digests;

    @Override
    protected List<String> keysAfter(String after, int size) {
        return digests.owners(after, size);
    }
}
