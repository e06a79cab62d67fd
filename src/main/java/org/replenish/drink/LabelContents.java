package org.replenish.drink;

import jakarta.inject.Singleton;
import org.replenish.units.MineralConverter;

/** Reads drink labels, valid by {@link PlausibleDrinkLabel}, for features that plan with drinks. */
@Singleton
public class LabelContents {

    private final LabelReader reader;

    public LabelContents(DrinkReference reference, MineralConverter converter) {
        this.reader = new LabelReader(converter, reference.guidance().euLabels());
    }

    public LabelContent of(DrinkLabel label) {
        return reader.content(label);
    }
}
