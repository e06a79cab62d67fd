package org.replenish;

import org.replenish.drink.DrinkReference;
import org.replenish.drink.LabelContents;
import org.replenish.plan.PlanReference;
import org.replenish.plan.SessionPlanner;
import org.replenish.potassium.PotassiumReference;
import org.replenish.reference.ReferenceData;
import org.replenish.safety.SafetyPolicy;
import org.replenish.safety.SymptomNotes;
import org.replenish.sweat.SweatLossModel;
import org.replenish.sweat.WorkoutReference;
import org.replenish.sweat.WorkoutSweatModel;
import org.replenish.targets.TargetSelector;
import org.replenish.units.MineralConverter;

/** The shipped reference data, loaded once for the plain unit tests, and the shared calculators built from it. */
public final class TestData {

    public static final ReferenceData DATA = ReferenceData.fromClasspath();
    public static final MineralConverter CONVERTER = new MineralConverter(DATA.elements());
    public static final TargetSelector TARGETS = new TargetSelector(DATA, CONVERTER);
    public static final SafetyPolicy SAFETY = new SafetyPolicy(DATA);
    public static final WorkoutReference WORKOUT_DATA = new WorkoutReference(DATA);
    public static final WorkoutSweatModel WORKOUT = new WorkoutSweatModel(WORKOUT_DATA);
    public static final SweatLossModel SWEAT = new SweatLossModel(DATA, CONVERTER, WORKOUT);
    public static final SymptomNotes SYMPTOM_NOTES = new SymptomNotes(DATA);
    public static final PotassiumReference POTASSIUM = new PotassiumReference(DATA);
    public static final DrinkReference DRINK = new DrinkReference(DATA);
    public static final SessionPlanner PLANNER = new SessionPlanner(DATA, new PlanReference(DATA), CONVERTER, SAFETY,
            SWEAT, new LabelContents(DRINK, CONVERTER), SYMPTOM_NOTES);

    private TestData() {
    }
}
