package org.guerillapolicy.platform;

import com.github.f4b6a3.tsid.TsidFactory;
import org.springframework.stereotype.Component;

/**
 * Hands out 64-bit identifiers that grow with time, so lists can page by id and ids stay stable in
 * exports and federation. Generated here rather than by the database so a node can name a thing before
 * it is stored.
 */
@Component
public class Ids {

    private final TsidFactory factory = TsidFactory.newInstance1024();

    public long next() {
        return factory.create().toLong();
    }
}
