package org.replenish.potassium;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.replenish.potassium.CapsuleComparatorTest.COMPARATOR;
import static org.replenish.potassium.CapsuleComparatorTest.mg;

import org.junit.jupiter.api.Test;

class CapsulePropertiesTest {

    @Test
    void aLargerGapNeverNeedsFewerCapsules() {
        qt().forAll(doubles().between(1, 20000), doubles().between(0, 20000), doubles().between(0, 20000))
                .check((target, intakeA, intakeB) -> {
                    // The smaller intake leaves the larger gap.
                    CapsuleComparison largerGap = COMPARATOR.compare(
                            new CapsuleComparisonRequest(mg(target), null, null, mg(Math.min(intakeA, intakeB)), null, null, null, null));
                    CapsuleComparison smallerGap = COMPARATOR.compare(
                            new CapsuleComparisonRequest(mg(target), null, null, mg(Math.max(intakeA, intakeB)), null, null, null, null));
                    return largerGap.gapAsMultipleOfCapsule() >= smallerGap.gapAsMultipleOfCapsule();
                });
    }

    @Test
    void theShareIsTheInverseOfTheCount() {
        qt().forAll(doubles().between(1, 20000)).check(target -> {
            CapsuleComparison c = COMPARATOR.compare(new CapsuleComparisonRequest(mg(target), null, null, null, null, null, null, null));
            double product = c.capsuleShareOfTargetPercent() * c.targetAsMultipleOfCapsule();
            return Math.abs(product - 100) <= 1e-9;
        });
    }
}
