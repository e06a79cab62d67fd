package org.replenish.targets;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.replenish.codes.LifeStageGroupCode;
import org.replenish.codes.Message;
import org.replenish.codes.TargetNoteCode;
import org.replenish.codes.Term;
import org.replenish.reference.AgeBand;
import org.replenish.reference.BasisTable;
import org.replenish.reference.MineralTables;
import org.replenish.reference.ReferenceData;
import org.replenish.reference.TargetKind;
import org.replenish.reference.ValueTable;
import org.replenish.units.Element;
import org.replenish.units.Mineral;
import org.replenish.units.MineralConverter;
import org.replenish.units.Numbers;
import org.replenish.vocabulary.Basis;
import org.replenish.vocabulary.LifeStage;
import org.replenish.vocabulary.Sex;
import org.replenish.validation.RuleCode;

/** Picks the life-stage group of a person and its targets and limits in a basis. Pure: no framework types. */
@Singleton
public final class TargetSelector {

    /** Pregnancy and lactation values start at this age in every basis we serve. */
    static final double MIN_PREGNANCY_AGE_YEARS = 14;

    /** Any person of 4 years or over reads a label against the same Daily Values. */
    private static final PersonProfile LABEL_READER = new PersonProfile(Sex.FEMALE, 30.0, LifeStage.NONE);

    private final ReferenceData data;
    private final MineralConverter converter;
    private final SelectedTargets labelDailyValues;
    /** Minerals with daily targets, in enum order: all but bicarbonate. */
    private final List<Mineral> withIntakeReference;
    /**
     * Selections made, by everything a selection depends on: a few hundred groups at most. A compute request selects
     * twice (its validator, then its calculator), and selecting anew cost 2 to 5 % of a request (issue 14).
     */
    private final Map<Selection, SelectedTargets> selections = new ConcurrentHashMap<>();

    public TargetSelector(ReferenceData data, MineralConverter converter) {
        this.data = data;
        this.converter = converter;
        this.withIntakeReference = data.elements().values().stream().filter(Element::hasIntakeReference)
                .map(Element::mineral).toList();
        this.labelDailyValues = select(LABEL_READER, Basis.FDA_DAILY_VALUE);
    }

    /** The FDA label Daily Values for adults and children 4 years and over, which %DV on a label uses. */
    public SelectedTargets labelDailyValues() {
        return labelDailyValues;
    }

    /** Selects the targets of a person for whom {@link #problems} found none; anything else is a caller's bug. */
    public SelectedTargets select(PersonProfile person, Basis basis) {
        Attempt attempt = attempt(person, basis);
        if (!attempt.problems().isEmpty()) {
            throw new IllegalArgumentException("no targets for this person: " + attempt.problems());
        }
        return attempt.targets();
    }

    /** Why the basis has no targets for this person (empty when it has them), for the request validators to report. */
    public List<TargetProblem> problems(PersonProfile person, Basis basis) {
        return attempt(person, basis).problems();
    }

    /** The targets, or the problems that leave the person without them. */
    private record Attempt(SelectedTargets targets, List<TargetProblem> problems) {
    }

    /** What a selection depends on: the age only through its band in each basis (fallbacks look up their own). */
    private record Selection(Basis basis, Sex sex, LifeStage lifeStage, List<AgeBand> bandInEachBasis) {
    }

    private Selection selection(Basis basis, PersonProfile person, LifeStage lifeStage) {
        AgeBand[] bands = new AgeBand[Basis.values().length];
        for (Basis each : Basis.values()) {
            BasisTable table = data.bases().get(each);
            bands[each.ordinal()] = table == null ? null : table.bandFor(person.ageYears()).orElse(null);
        }
        return new Selection(basis, person.sex(), lifeStage, Arrays.asList(bands));
    }

    private Attempt attempt(PersonProfile person, Basis basis) {
        LifeStage lifeStage = person.lifeStageOrNone();
        double age = person.ageYears();
        List<TargetProblem> problems = new ArrayList<>();
        if (lifeStage != LifeStage.NONE) {
            if (person.sex() != Sex.FEMALE) {
                problems.add(TargetProblem.lifeStage(RuleCode.LIFE_STAGE_REQUIRES_FEMALE,
                        lifeStage + " applies to sex FEMALE only", "lifeStage", lifeStage));
            }
            if (age < MIN_PREGNANCY_AGE_YEARS) {
                problems.add(TargetProblem.lifeStage(RuleCode.LIFE_STAGE_REQUIRES_AGE,
                        lifeStage + " needs ageYears of 14 or more", "lifeStage", lifeStage, "minAgeYears",
                        MIN_PREGNANCY_AGE_YEARS));
            }
            if (!problems.isEmpty()) {
                return new Attempt(null, problems);
            }
        }

        Selection selection = selection(basis, person, lifeStage);
        SelectedTargets selected = selections.get(selection);
        if (selected != null) {
            return new Attempt(selected, List.of());
        }
        BasisTable table = data.bases().get(basis);
        AgeBand band = table.bandFor(age).orElse(null);
        if (band == null) {
            return new Attempt(null, List.of(TargetProblem.basis(RuleCode.BASIS_DOES_NOT_COVER_AGE, basis
                    + " covers ageYears " + table.coverageStart() + "; ageYears " + Numbers.plain(age)
                    + " is outside it (NASEM_DRI covers every age)", "basis", basis, "fromAgeYears",
                    table.minimumAgeYears(), "ageYears", age)));
        }

        Map<Mineral, MineralTarget> byMineral = new EnumMap<>(Mineral.class);
        List<Message> notes = new ArrayList<>();
        for (Mineral mineral : withIntakeReference) {
            MineralTarget target = targetIn(basis, table, band, mineral, person.sex(), lifeStage);
            if (target == null && table.fallbackBasis() != null) {
                target = inOtherBasis(table.fallbackBasis(), age, b -> targetIn(table.fallbackBasis(),
                        data.bases().get(table.fallbackBasis()), b, mineral, person.sex(), lifeStage));
                if (target != null) {
                    notes.add(Message.of(TargetNoteCode.VALUE_FROM_FALLBACK_BASIS, "basis", basis, "mineral", mineral,
                            "fallbackBasis", table.fallbackBasis()));
                }
            }
            if (target == null) {
                problems.add(TargetProblem.lifeStage(RuleCode.BASIS_HAS_NO_VALUE_FOR_GROUP, basis + " has no "
                        + mineral + " value for " + lifeStage + " at ageYears " + Numbers.plain(age), "basis", basis,
                        "mineral", mineral, "lifeStage", lifeStage, "ageYears", age));
                continue;
            }
            if (target.upperLimit() == null && table.upperLimitFallbackBasis() != null) {
                Basis limitBasis = table.upperLimitFallbackBasis();
                MineralTables limitTables = data.bases().get(limitBasis).minerals().get(mineral);
                UpperLimit limit = limitTables == null ? null : inOtherBasis(limitBasis, age,
                        b -> upperLimit(limitBasis, limitTables.upperLimit(), b, mineral, person.sex(), lifeStage));
                if (limit != null) {
                    target = target.withUpperLimit(limit);
                    notes.add(Message.of(TargetNoteCode.UPPER_LIMIT_FROM_FALLBACK_BASIS, "basis", basis, "mineral",
                            mineral, "limitBasis", limitBasis, "limitKind", limit.kind()));
                }
            }
            byMineral.put(mineral, target);
        }
        if (!problems.isEmpty()) {
            return new Attempt(null, problems);
        }
        // Shared by every request of the group from now on, so unmodifiable (the map keeps the enum order).
        SelectedTargets targets = new SelectedTargets(basis, group(basis, band, person.sex(), lifeStage),
                Collections.unmodifiableMap(byMineral), List.copyOf(notes));
        SelectedTargets first = selections.putIfAbsent(selection, targets);
        return new Attempt(first != null ? first : targets, List.of());
    }

    /** A value looked up in another basis's band for the same age; null when that basis has no band or value. */
    private <T> T inOtherBasis(Basis other, double age, Function<AgeBand, T> lookup) {
        return data.bases().get(other).bandFor(age).map(lookup).orElse(null);
    }

    private MineralTarget targetIn(Basis basis, BasisTable table, AgeBand band, Mineral mineral, Sex sex,
                                   LifeStage lifeStage) {
        MineralTables tables = table.minerals().get(mineral);
        if (tables == null) {
            return null;
        }
        return tables.target().resolve(band.id(), sex, lifeStage)
                .map(target -> new MineralTarget(mineral, converter.amount(mineral, target.mg()), target.kind(), basis,
                        target.sourceId(), target.tag(),
                        upperLimit(basis, tables.upperLimit(), band, mineral, sex, lifeStage),
                        target.kind() == TargetKind.RDA ? averageRequirement(tables.averageRequirement(), band, mineral,
                                sex, lifeStage) : null))
                .orElse(null);
    }

    private AverageRequirement averageRequirement(ValueTable table, AgeBand band, Mineral mineral, Sex sex,
                                                  LifeStage lifeStage) {
        if (table == null) {
            return null;
        }
        return table.resolve(band.id(), sex, lifeStage)
                .map(ear -> new AverageRequirement(converter.amount(mineral, ear.mg()), ear.sourceId(), ear.tag()))
                .orElse(null);
    }

    private UpperLimit upperLimit(Basis basis, ValueTable table, AgeBand band, Mineral mineral, Sex sex,
                                  LifeStage lifeStage) {
        if (table == null) {
            return null;
        }
        return table.resolve(band.id(), sex, lifeStage)
                .map(limit -> new UpperLimit(converter.amount(mineral, limit.mg()), limit.kind(), table.scope(),
                        limit.sourceId(), limit.tag(), basis))
                .orElse(null);
    }

    /** The group as a message: "19–30 y, female, pregnant"; the band's label is translated as AgeBand.BASIS.id. */
    static Message group(Basis basis, AgeBand band, Sex sex, LifeStage lifeStage) {
        Term ageBand = new Term("AgeBand." + basis.name() + "." + band.id(), band.id(), band.label());
        return lifeStage == LifeStage.NONE
                ? Message.of(LifeStageGroupCode.AGE_BAND_AND_SEX, "ageBand", ageBand, "sex", sex)
                : Message.of(LifeStageGroupCode.AGE_BAND_SEX_AND_LIFE_STAGE, "ageBand", ageBand, "sex", sex,
                        "lifeStage", lifeStage);
    }
}
