package org.replenish.potassium;

import java.util.Map;
import org.replenish.reference.FeatureFileReader;
import org.replenish.units.Element;
import org.replenish.units.Mineral;

/** Checks the capsule limit, that every salt formula uses known elements and holds potassium, and the foods. */
final class PotassiumDataCheck {

    private PotassiumDataCheck() {
    }

    static void check(String file, PotassiumData data, Map<Mineral, Element> elements, FeatureFileReader reader) {
        PotassiumData.CapsuleLimitData limit = data.capsuleLimit();
        reader.require(limit != null && 0 < limit.limitMg() && limit.limitMg() < limit.prescriptionThresholdMg()
                && limit.appliesToForms() != null && !limit.appliesToForms().isEmpty() && limit.basis() != null
                && limit.sourceIds() != null && !limit.sourceIds().isEmpty(), file, "capsuleLimit",
                "needs 0 < limitMg < prescriptionThresholdMg, forms, basis and sourceIds");
        limit.sourceIds().forEach(id -> reader.requireSource(file, "capsuleLimit", id, limit.tag()));
        reader.require(limit.basisStatements() != null && !limit.basisStatements().isEmpty(), file,
                "capsuleLimit.basisStatements", "needs at least one statement");
        limit.basisStatements().forEach(statement -> {
            reader.require(statement.statement() != null && statement.sourceIds() != null
                    && !statement.sourceIds().isEmpty(), file, "capsuleLimit.basisStatements",
                    "each needs a statement and source ids");
            statement.sourceIds().forEach(id -> reader.requireSource(file, "capsuleLimit.basisStatements", id,
                    statement.tag()));
        });
        PotassiumData.LightElements light = data.lightElements();
        reader.require(light != null && light.atomicWeights() != null, file, "lightElements", "missing");
        reader.requireSource(file, "lightElements", light.sourceId(), light.tag());
        reader.require(data.salts() != null, file, "salts", "missing");
        for (PotassiumCompound compound : PotassiumCompound.values()) {
            PotassiumData.Salt salt = data.salts().get(compound);
            String entry = "salts." + compound;
            reader.require(salt != null && salt.atoms() != null && salt.atoms().getOrDefault("K", 0) > 0, file, entry,
                    "needs atoms with at least one K");
            salt.atoms().keySet().forEach(symbol -> reader.require(light.atomicWeights().containsKey(symbol)
                    || elements.values().stream().anyMatch(e -> e.symbol().equals(symbol)), file, entry,
                    "unknown element " + symbol));
            reader.require(salt.waterMolecules() >= 0, file, entry, "waterOfCrystallisation must not be negative");
            if (salt.waterMolecules() > 0) {
                reader.requireSource(file, entry, salt.sourceId(), salt.tag());
            }
        }
        reader.require(data.foods() != null && !data.foods().isEmpty(), file, "foods", "needs at least one food");
        data.foods().forEach(food -> {
            reader.require(food.food() != null && food.portion() != null && food.potassiumMg() > 0, file,
                    "foods." + food.food(), "needs food, portion and a positive potassiumMg");
            reader.requireSource(file, "foods." + food.food(), food.sourceId(), food.tag());
        });
        reader.require(data.maximumTargetMg() != null && data.maximumTargetMg().value() > 0, file, "maximumTargetMg",
                "needs a positive value");
        reader.requireSource(file, "maximumTargetMg", data.maximumTargetMg().sourceId(), data.maximumTargetMg().tag());
    }
}
