package org.replenish;

import org.replenish.reference.ReferenceData;
import org.replenish.reference.ReferenceDataLoader;
import org.replenish.units.MineralConverter;

/** The shipped reference data, loaded once for the plain unit tests. */
public final class TestData {

    public static final ReferenceData DATA = ReferenceDataLoader.fromClasspath();
    public static final MineralConverter CONVERTER = new MineralConverter(DATA.elements());

    private TestData() {
    }
}
