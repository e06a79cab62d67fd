package org.replenish.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;
import org.replenish.reference.PolicyDecision;
import org.replenish.vocabulary.RiskFactor;
import org.replenish.vocabulary.Symptom;

/**
 * Issue 25 item 8: the same person, risk factors, symptoms and session sent to every endpoint (and to its batch) get
 * the same safety decision, and every answer obeys it: a mineral whose target arithmetic the policy withholds has no
 * verdict, gap, share, class or band anywhere; an urgent answer has no deficits, losses or drink verdicts; the
 * hyperkalaemia risk agrees with the potassium gate; a batch item equals the single answer.
 */
@QuarkusTest
class OnePolicyPropertyTest extends HttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double[] AGES = {0.5, 0.9, 2, 6, 12, 16, 30, 45, 64.9, 65, 70, 85};
    private static final List<String> MINERALS = List.of("SODIUM", "POTASSIUM", "MAGNESIUM", "CALCIUM", "CHLORIDE");

    /** One generated case: the same facts, written as each endpoint takes them. */
    record Case(Map<String, Object> person, List<String> riskFactors, List<String> symptoms, Map<String, Object> session) {

        List<Object> sessions() {
            return session == null ? List.of() : List.of(session);
        }

        /** Whether the person is under 1 year: a drink is an electrolyte drink given to an infant, a fact of its own. */
        boolean infant() {
            return ((Number) person.get("ageYears")).doubleValue() < 1;
        }
    }

    static Case generate(long seed) {
        Random random = new Random(seed);
        double age = AGES[random.nextInt(AGES.length)];
        boolean female = random.nextBoolean();
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("sex", female ? "FEMALE" : "MALE");
        person.put("ageYears", age);
        if (female && age >= 14 && age < 50 && random.nextInt(3) == 0) {
            person.put("lifeStage", random.nextBoolean() ? "PREGNANT" : "LACTATING");
        }
        List<String> factors = pick(random, RiskFactor.values(), random.nextInt(4));
        List<String> symptoms = pick(random, Symptom.values(), random.nextInt(3));
        Map<String, Object> session = null;
        if (random.nextInt(4) > 0) {
            session = new LinkedHashMap<>();
            session.put("durationMinutes", 15 + random.nextInt(586));
            if (random.nextBoolean()) {
                // From a 14 % loss to a 2 % gain, never within 0.5 % of no change, so that the 50 mL the drink check
                // sends is never more than the session sweated without the body mass showing a gain as well.
                double change = random.nextBoolean() ? -0.005 - random.nextDouble() * 0.135 : 0.002 + random.nextDouble() * 0.018;
                session.put("bodyMassChange", Map.of("before", Map.of("value", 70, "unit", "KG"),
                        "after", Map.of("value", Math.round(70 * (1 + change) * 1000) / 1000.0, "unit", "KG")));
            }
        }
        return new Case(person, factors, symptoms, session);
    }

    private static List<String> pick(Random random, Enum<?>[] values, int count) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = values[random.nextInt(values.length)].name();
            if (!picked.contains(name)) {
                picked.add(name);
            }
        }
        return picked;
    }

    private static Map<String, Object> deficitBody(Case c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("person", c.person());
        body.put("sessions", c.sessions());
        body.put("dietaryIntake", Map.of("sodium", mg(1000), "potassium", mg(1500), "magnesium", mg(150)));
        body.put("riskFactors", c.riskFactors());
        body.put("symptoms", c.symptoms());
        return body;
    }

    private static Map<String, Object> drinkBody(Case c) {
        Map<String, Object> body = new LinkedHashMap<>();
        // A sports drink with natural magnesium, so that no upper limit decides: 50 mL of it.
        body.put("drink", Map.of("servingVolume", Map.of("value", 500, "unit", "ML"),
                "perServing", Map.of("sodium", mg(230), "potassium", mg(100), "magnesium", mg(12)),
                "magnesiumSource", "NATURAL"));
        body.put("consumed", Map.of("value", 50, "unit", "ML"));
        body.put("person", c.person());
        if (c.session() != null) {
            body.put("session", c.session());
        }
        body.put("riskFactors", c.riskFactors());
        body.put("symptoms", c.symptoms());
        return body;
    }

    private static Map<String, Object> capsuleBody(Case c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("person", c.person());
        body.put("dietaryIntake", mg(1500));
        body.put("riskFactors", c.riskFactors());
        body.put("symptoms", c.symptoms());
        body.put("sessions", c.sessions());
        return body;
    }

    /** A session plan needs the session and a body mass; a typical mass for the age, which no rule reads. */
    private static Map<String, Object> planBody(Case c) {
        double age = ((Number) c.person().get("ageYears")).doubleValue();
        double kg = age < 1 ? 8 : age < 3 ? 12 : age < 8 ? 22 : age < 13 ? 40 : 70;
        Map<String, Object> person = new LinkedHashMap<>(c.person());
        person.put("bodyMass", Map.of("value", kg, "unit", "KG"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("person", person);
        body.put("session", c.session());
        body.put("riskFactors", c.riskFactors());
        body.put("symptoms", c.symptoms());
        return body;
    }

    private static Map<String, Object> mg(double value) {
        return Map.of("value", value, "unit", "MG");
    }

    /** The single answer, and checks that the batch's only item is the same answer. */
    private static JsonNode answer(String path, Map<String, Object> body) throws Exception {
        String single = post(path, JSON.writeValueAsString(body)).statusCode(200).extract().asString();
        String batch = post(path + "/batch", JSON.writeValueAsString(Map.of("items", List.of(body))))
                .statusCode(200).extract().asString();
        JsonNode answer = JSON.readTree(single);
        assertEquals(answer, JSON.readTree(batch).path("items").get(0).path("result"), path + ": batch item");
        return answer;
    }

    private static PolicyDecision decision(JsonNode answer, String mineral) {
        for (JsonNode d : answer.path("safetyPolicy").path("minerals")) {
            if (d.path("mineral").asText().equals(mineral)) {
                return PolicyDecision.valueOf(d.path("decision").asText());
            }
        }
        throw new AssertionError("no decision for " + mineral);
    }

    private static JsonNode entry(JsonNode list, String mineral) {
        for (JsonNode e : list) {
            if (e.path("mineral").asText().equals(mineral)) {
                return e;
            }
        }
        throw new AssertionError("no entry for " + mineral);
    }

    private static void absent(JsonNode node, String field, String what) {
        assertTrue(node.path(field).isMissingNode(), what + "." + field + " must be absent: " + node);
    }

    @Test
    void theSamePersonGetsTheSameDecisionAndEveryAnswerObeysIt() {
        qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            Case c = generate(seed);
            try {
                JsonNode deficit = answer("/v1/deficit-estimates", deficitBody(c));
                check(c, deficit, answer("/v1/drink-adequacy-checks", drinkBody(c)),
                        answer("/v1/potassium/capsule-comparisons", capsuleBody(c)));
                if (c.session() != null) {
                    checkPlan(deficit, answer("/v1/session-plans", planBody(c)));
                }
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ", " + c + ": " + e.getMessage(), e);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void check(Case c, JsonNode deficit, JsonNode drink, JsonNode capsule) {
        JsonNode policy = deficit.path("safetyPolicy");
        boolean urgent = policy.path("urgent").asBoolean();
        // One decision: urgency, excess risk and every decision that withholds arithmetic agree on all endpoints; an
        // infant given a drink is the one fact only the drink check knows (a supplement gate of its own).
        for (JsonNode other : List.of(drink, capsule)) {
            assertEquals(urgent, other.path("safetyPolicy").path("urgent").asBoolean(), "urgent");
            assertEquals(policy.path("excessRiskMinerals"), other.path("safetyPolicy").path("excessRiskMinerals"));
            for (String mineral : MINERALS) {
                PolicyDecision mine = decision(deficit, mineral);
                PolicyDecision theirs = decision(other, mineral);
                if (!c.infant() || mine.withholdsTargetArithmetic() || theirs.withholdsTargetArithmetic()) {
                    assertEquals(mine, theirs, mineral);
                }
            }
        }
        boolean excessPotassium = policy.path("excessRiskMinerals").toString().contains("POTASSIUM");
        assertEquals(excessPotassium, deficit.path("riskAssessment").path("hyperkalemiaRisk").asBoolean());
        assertEquals(excessPotassium, deficit.path("safety").toString().contains("POTASSIUM_TARGET_SET_WITH_CLINICIAN"));

        // The deficit obeys it.
        if (urgent) {
            absent(deficit.path("fluid"), "sweatLoss", "fluid");
        }
        for (String mineral : MINERALS) {
            PolicyDecision d = decision(deficit, mineral);
            JsonNode m = entry(deficit.path("minerals"), mineral);
            if (d.withholdsTargetArithmetic()) {
                absent(m.path("diet"), "belowReferenceBy", mineral);
                for (String field : List.of("unreplacedLoss", "dietarySurplus", "toReplace")) {
                    absent(m.path("sweat"), field, mineral);
                }
                assertEquals(d.name(), m.path("diet").path("status").asText(), mineral + " diet status");
                assertEquals(d.name(), m.path("sweat").path("status").asText(), mineral + " sweat status");
            }
            if (urgent) {
                absent(m.path("sweat"), "loss", mineral);
                absent(m.path("sweat"), "coveredByReferenceIntake", mineral);
            }
        }

        // The drink check obeys it.
        for (String mineral : List.of("POTASSIUM", "MAGNESIUM")) {
            PolicyDecision d = decision(drink, mineral);
            JsonNode verdict = drink.path(mineral.toLowerCase(java.util.Locale.ROOT));
            if (d.withholdsTargetArithmetic()) {
                assertEquals(d.name(), verdict.path("verdict").asText(), mineral + " verdict");
                absent(verdict, "percentOfTargetDrunk", mineral);
                absent(verdict, "referenceAmountVerdict", mineral);
            } else {
                assertFalse(List.of("URGENT_CARE", "TARGET_SET_WITH_CLINICIAN", "LOSSES_MAY_BE_MEDICAL")
                        .contains(verdict.path("verdict").asText()), mineral + " verdict");
            }
        }
        for (String mineral : MINERALS) {
            PolicyDecision d = decision(drink, mineral);
            JsonNode supply = entry(drink.path("minerals"), mineral);
            if (d.withholdsTargetArithmetic()) {
                for (String field : List.of("percentOfTarget", "sweatLossReplacedPercent", "sweatLossReplacement")) {
                    absent(supply, field, mineral);
                }
            }
            if (d.withholdsSupplementCounts()) {
                absent(supply, "volumeToMeetTarget", mineral);
            }
        }
        if (urgent) {
            absent(drink.path("sodium"), "replacement", "sodium");
        }
        // Its summary says no more than its verdicts: no share of a target the policy withholds, no loss replaced
        // when urgent.
        JsonNode summary = drink.path("summary");
        for (String mineral : List.of("POTASSIUM", "MAGNESIUM")) {
            if (decision(drink, mineral).withholdsTargetArithmetic()) {
                assertFalse(summary.path("dailyTargets").path("parameters").path("shares").asText()
                        .contains(mineral.toLowerCase(java.util.Locale.ROOT)), mineral + " share in the summary");
            }
        }
        if (urgent) {
            assertFalse(summary.path("sessionLosses").path("code").asText().equals("SESSION_LOSS_SHARES"),
                    "losses replaced in an urgent summary");
        }

        // The capsule comparison obeys it.
        PolicyDecision potassium = decision(capsule, "POTASSIUM");
        if (potassium.withholdsTargetArithmetic()) {
            absent(capsule, "gap", "comparison");
            absent(capsule, "capsuleShareOfTargetPercent", "comparison");
            capsule.path("foodEquivalents").forEach(f -> absent(f, "portionsToCloseGap", "food"));
        }
        if (potassium.withholdsSupplementCounts()) {
            absent(capsule, "targetAsMultipleOfCapsule", "comparison");
            absent(capsule, "gapAsMultipleOfCapsule", "comparison");
            assertTrue(capsule.path("countsWithheld").asBoolean());
        }
    }

    /** The session plan gets the deficit's decision and obeys it (issue 31 item 3). */
    private static void checkPlan(JsonNode deficit, JsonNode plan) {
        JsonNode policy = deficit.path("safetyPolicy");
        assertEquals(policy.path("urgent"), plan.path("safetyPolicy").path("urgent"), "urgent");
        assertEquals(policy.path("excessRiskMinerals"), plan.path("safetyPolicy").path("excessRiskMinerals"));
        for (String mineral : MINERALS) {
            assertEquals(decision(deficit, mineral), decision(plan, mineral), mineral);
        }
        if (policy.path("urgent").asBoolean()) {
            absent(plan, "before", "plan");
            absent(plan, "during", "plan");
            absent(plan, "after", "plan");
            assertEquals(0, plan.path("notes").size(), "an urgent plan invites no drinking");
            return;
        }
        JsonNode during = plan.path("during");
        if (during.has("expectedSweatRatePerHour")) {
            assertTrue(during.path("fluidPerHour").path("high").path("mL").asDouble()
                    <= during.path("expectedSweatRatePerHour").path("expected").path("mL").asDouble());
        }
        if (decision(plan, "SODIUM").withholdsTargetArithmetic()) {
            absent(during, "sodiumPerHour", "during");
        }
    }
}
