package org.guerillapolicy;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Fails the build on a dependency cycle between modules or a reach into another module's internals. */
class ModularityTests {

    @Test
    void modulesKeepToTheirBoundaries() {
        ApplicationModules.of(GuerillaPolicyApplication.class).verify();
    }
}
