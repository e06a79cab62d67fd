package org.replenish.units;

import java.util.Map;

/**
 * Converts mineral amounts between mg, g, mmol and mEq with the reference atomic weights:
 * mmol = mg / atomic weight, mEq = mmol x |valence|. Asking for mEq of a mineral without them (phosphorus,
 * bicarbonate) is a programming error: callers check hasMilliequivalents first.
 */
public final class MineralConverter {

    /** Each mineral's element by ordinal: every conversion looks one up, and an array index is cheaper than a map. */
    private final Element[] elements = new Element[Mineral.values().length];

    public MineralConverter(Map<Mineral, Element> elements) {
        elements.forEach((mineral, element) -> this.elements[mineral.ordinal()] = element);
    }

    /** How many milligrams one of the given unit is, for this mineral. */
    public double milligramsPerUnit(Mineral mineral, AmountUnit unit) {
        Element element = elements[mineral.ordinal()];
        return switch (unit) {
            case MG -> 1.0;
            case G -> 1000.0;
            case MMOL -> element.atomicWeight();
            case MEQ -> element.atomicWeight() / element.chargeMagnitude();
        };
    }

    /** Converts a value in one unit to another; the factor is what the value is multiplied by. */
    public double factor(Mineral mineral, AmountUnit from, AmountUnit to) {
        return milligramsPerUnit(mineral, from) / milligramsPerUnit(mineral, to);
    }

    public double toMilligrams(Mineral mineral, double value, AmountUnit unit) {
        return value * milligramsPerUnit(mineral, unit);
    }

    public double fromMilligrams(Mineral mineral, double milligrams, AmountUnit unit) {
        return milligrams / milligramsPerUnit(mineral, unit);
    }

    public double toMilligrams(Mineral mineral, AmountInput amount) {
        return toMilligrams(mineral, amount.value(), amount.unit());
    }

    /** Milligrams per litre of a concentration given in any concentration unit. */
    public double toMilligramsPerLitre(Mineral mineral, ConcentrationInput concentration) {
        return toMilligrams(mineral, concentration.value(), concentration.unit().amountUnit());
    }

    /** Whether this mineral has amounts in mEq (phosphorus and bicarbonate have not). */
    public boolean hasMilliequivalents(Mineral mineral) {
        return elements[mineral.ordinal()].hasMilliequivalents();
    }

    /** Why mEq is refused for this mineral; null when it is offered. */
    public String milliequivalentsRefusal(Mineral mineral) {
        return elements[mineral.ordinal()].milliequivalentsRefusal();
    }

    /** An amount in mg, mmol and, where the mineral has them, mEq. */
    public Amount amount(Mineral mineral, double milligrams) {
        return new Amount(milligrams,
                fromMilligrams(mineral, milligrams, AmountUnit.MMOL),
                hasMilliequivalents(mineral) ? fromMilligrams(mineral, milligrams, AmountUnit.MEQ) : null);
    }

    public Concentration concentration(Mineral mineral, double milligramsPerLitre) {
        Amount perLitre = amount(mineral, milligramsPerLitre);
        return new Concentration(perLitre.mg(), perLitre.mmol(), perLitre.mEq());
    }

    /** A concentration in mg and mmol per litre only, for a mineral without milliequivalents. */
    public ElementalConcentration elementalConcentration(Mineral mineral, double milligramsPerLitre) {
        return new ElementalConcentration(milligramsPerLitre, fromMilligrams(mineral, milligramsPerLitre, AmountUnit.MMOL));
    }
}
