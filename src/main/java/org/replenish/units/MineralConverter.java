package org.replenish.units;

import java.util.Map;

/**
 * Converts mineral amounts between mg, g, mmol and mEq with the reference atomic weights:
 * mmol = mg / atomic weight, mEq = mmol x |valence|.
 */
public final class MineralConverter {

    private final Map<Mineral, Element> elements;

    public MineralConverter(Map<Mineral, Element> elements) {
        this.elements = Map.copyOf(elements);
    }

    /** How many milligrams one of the given unit is, for this mineral. */
    public double milligramsPerUnit(Mineral mineral, AmountUnit unit) {
        Element element = elements.get(mineral);
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

    public Amount amount(Mineral mineral, double milligrams) {
        return new Amount(milligrams,
                fromMilligrams(mineral, milligrams, AmountUnit.MMOL),
                fromMilligrams(mineral, milligrams, AmountUnit.MEQ));
    }

    public Concentration concentration(Mineral mineral, double milligramsPerLitre) {
        Amount perLitre = amount(mineral, milligramsPerLitre);
        return new Concentration(perLitre.mg(), perLitre.mmol(), perLitre.mEq());
    }
}
