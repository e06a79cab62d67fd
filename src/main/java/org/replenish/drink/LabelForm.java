package org.replenish.drink;

import java.util.function.Function;

/** How a label states its minerals: per serving, per litre, or per 100 mL as EU labels print them (issue 30). */
enum LabelForm {
    PER_SERVING("perServing", DrinkLabel::perServing),
    PER_LITER("perLiter", DrinkLabel::perLiter),
    PER_100_ML("per100mL", DrinkLabel::per100mL);

    private final String field;
    private final Function<DrinkLabel, LabelMinerals> amounts;

    LabelForm(String field, Function<DrinkLabel, LabelMinerals> amounts) {
        this.field = field;
        this.amounts = amounts;
    }

    /** The one form the label gives, or null when it gives none or more than one (@ExactlyOneOf reports that). */
    static LabelForm of(DrinkLabel label) {
        LabelForm given = null;
        for (LabelForm form : values()) {
            if (form.amounts(label) != null) {
                if (given != null) {
                    return null;
                }
                given = form;
            }
        }
        return given;
    }

    LabelMinerals amounts(DrinkLabel label) {
        return amounts.apply(label);
    }

    /** The label's field holding the form's amounts, e.g. per100mL. */
    String field() {
        return field;
    }

    /** How many litres one unit of the form's amounts stands for: a serving, 1 L, or 0.1 L. */
    double litresPerUnit(double servingMl) {
        return switch (this) {
            case PER_SERVING -> servingMl / 1000.0;
            case PER_LITER -> 1.0;
            case PER_100_ML -> 0.1;
        };
    }
}
