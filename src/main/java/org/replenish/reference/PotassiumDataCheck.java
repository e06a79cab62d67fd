package org.replenish.reference;

import static org.replenish.reference.ReferenceDataLoader.require;

import java.util.Map;
import org.replenish.units.Element;
import org.replenish.units.Mineral;

/** Checks the capsule limit, that every salt formula uses known elements and holds potassium, and the foods. */
final class PotassiumDataCheck {

    private PotassiumDataCheck() {
    }

    static void check(String file, PotassiumData data, Map<Mineral, Element> elements, SourceCheck sources) {
        PotassiumData.CapsuleLimitData limit = data.capsuleLimit();
        require(limit != null && 0 < limit.limitMg() && limit.limitMg() < limit.prescriptionThresholdMg()
                && limit.appliesToForms() != null && !limit.appliesToForms().isEmpty() && limit.basis() != null
                && limit.sourceIds() != null && !limit.sourceIds().isEmpty(), file, "capsuleLimit",
                "needs 0 < limitMg < prescriptionThresholdMg, forms, basis and sourceIds");
        limit.sourceIds().forEach(id -> sources.require(file, "capsuleLimit", id, limit.tag()));
        require(limit.basisStatements() != null && !limit.basisStatements().isEmpty(), file,
                "capsuleLimit.basisStatements", "needs at least one statement");
        limit.basisStatements().forEach(statement -> {
            require(statement.statement() != null && statement.sourceIds() != null && !statement.sourceIds().isEmpty(),
                    file, "capsuleLimit.basisStatements", "each needs a statement and source ids");
            statement.sourceIds().forEach(id -> sources.require(file, "capsuleLimit.basisStatements", id,
                    statement.tag()));
        });
        PotassiumData.LightElements light = data.lightElements();
        require(light != null && light.atomicWeights() != null, file, "lightElements", "missing");
        sources.require(file, "lightElements", light.sourceId(), light.tag());
        require(data.salts() != null, file, "salts", "missing");
        for (PotassiumCompound compound : PotassiumCompound.values()) {
            PotassiumData.Salt salt = data.salts().get(compound);
            String entry = "salts." + compound;
            require(salt != null && salt.atoms() != null && salt.atoms().getOrDefault("K", 0) > 0, file, entry,
                    "needs atoms with at least one K");
            salt.atoms().keySet().forEach(symbol -> require(light.atomicWeights().containsKey(symbol)
                    || elements.values().stream().anyMatch(e -> e.symbol().equals(symbol)), file, entry,
                    "unknown element " + symbol));
            require(salt.waterMolecules() >= 0, file, entry, "waterOfCrystallisation must not be negative");
            if (salt.waterMolecules() > 0) {
                sources.require(file, entry, salt.sourceId(), salt.tag());
            }
        }
        require(data.foods() != null && !data.foods().isEmpty(), file, "foods", "needs at least one food");
        data.foods().forEach(food -> {
            require(food.food() != null && food.portion() != null && food.potassiumMg() > 0, file,
                    "foods." + food.food(), "needs food, portion and a positive potassiumMg");
            sources.require(file, "foods." + food.food(), food.sourceId(), food.tag());
        });
        require(data.maximumTargetMg() != null && data.maximumTargetMg().value() > 0, file, "maximumTargetMg",
                "needs a positive value");
        sources.require(file, "maximumTargetMg", data.maximumTargetMg().sourceId(), data.maximumTargetMg().tag());
    }
}
