package org.replenish.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.replenish.client.api.SessionPlansApi;
import org.replenish.client.api.DeficitsApi;
import org.replenish.client.api.DrinksApi;
import org.replenish.client.api.PotassiumApi;
import org.replenish.client.api.ReferenceApi;
import org.replenish.client.model.SessionPlanRequestInBatch;
import org.replenish.client.model.SessionPlanRequest;
import org.replenish.client.model.SessionPlanBatchRequest;
import org.replenish.client.model.SessionPlan;
import org.replenish.client.model.BatchResponseSessionPlan;
import org.replenish.client.model.AmountInput;
import org.replenish.client.model.AmountUnit;
import org.replenish.client.model.BatchResponseCapsuleComparison;
import org.replenish.client.model.BatchResponseDeficitEstimate;
import org.replenish.client.model.BatchResponseDrinkAdequacyCheck;
import org.replenish.client.model.CapsuleComparisonBatchRequest;
import org.replenish.client.model.CapsuleComparison;
import org.replenish.client.model.CapsuleComparisonRequest;
import org.replenish.client.model.CapsuleComparisonRequestInBatch;
import org.replenish.client.model.DeficitEstimate;
import org.replenish.client.model.DeficitEstimateBatchRequest;
import org.replenish.client.model.DeficitEstimateRequest;
import org.replenish.client.model.DeficitEstimateRequestInBatch;
import org.replenish.client.model.DrinkAdequacyCheck;
import org.replenish.client.model.DrinkCheckBatchRequest;
import org.replenish.client.model.DrinkCheckRequest;
import org.replenish.client.model.DrinkCheckRequestInBatch;
import org.replenish.client.model.DrinkLabel;
import org.replenish.client.model.LabelMinerals;
import org.replenish.client.model.LifeStage;
import org.replenish.client.model.PersonProfile;
import org.replenish.client.model.Mineral;
import org.replenish.client.model.Problem;
import org.replenish.client.model.ReportedSupply;
import org.replenish.client.model.Sex;
import org.replenish.client.model.TargetsResponse;
import org.replenish.client.model.VolumeInput;
import org.replenish.client.model.VolumeUnit;

/**
 * Calls every operation through the Java client generated from the stored document (openapi-generator, java/native),
 * against the packaged service, as an app would.
 */
@QuarkusIntegrationTest
class GeneratedClientIT {

    private static final Path EXAMPLES = Path.of("src/main/resources/openapi-examples");

    private final ApiClient client = new ApiClient()
            .setPort(ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081));
    private final ObjectMapper mapper = new JSON().getMapper();

    private <T> T example(String operationId, Class<T> type) throws IOException {
        return mapper.readValue(EXAMPLES.resolve(operationId + ".request.json").toFile(), type);
    }

    @Test
    void getTargets() throws ApiException {
        TargetsResponse targets = new ReferenceApi(client).getTargets(BigDecimal.valueOf(34), Sex.FEMALE, null, LifeStage.PREGNANT, null, null, null);
        assertEquals(2900.0, targets.getTargets().stream().filter(t -> t.getMineral() == Mineral.POTASSIUM)
                .findFirst().orElseThrow().getAmount().getMg());
    }

    @Test
    void listMinerals() throws ApiException {
        // The five modelled minerals, phosphorus and bicarbonate (issue 17); bicarbonate has no intake reference.
        var minerals = new ReferenceApi(client).listMinerals(null, null).getMinerals();
        assertEquals(7, minerals.size());
        assertEquals(false, minerals.stream().filter(m -> m.getMineral() == Mineral.BICARBONATE).findFirst().orElseThrow()
                .getIntakeReference());
    }

    @Test
    void phosphorusTargetHasNoMilliequivalents() throws ApiException {
        // Sheet 1.7: RDA 700 mg for a pregnant woman of 34 (IOM 1997); 700 / 30.973761998 = 22.60 mmol, no mEq.
        var phosphorus = new ReferenceApi(client).getTargets(BigDecimal.valueOf(34), Sex.FEMALE, null, LifeStage.PREGNANT, null, null, null)
                .getTargets().stream().filter(t -> t.getMineral() == Mineral.PHOSPHORUS).findFirst().orElseThrow();
        assertEquals(700.0, phosphorus.getAmount().getMg());
        assertEquals(22.60, phosphorus.getAmount().getMmol(), 0.005);
        assertNull(phosphorus.getAmount().getmEq());
    }

    @Test
    void listCodes() throws ApiException {
        assertTrue(new ReferenceApi(client).listCodes(null, null, null).getSets().stream()
                .anyMatch(set -> set.getSet().equals("DRINK_WARNING") && set.getCodes().stream()
                        .anyMatch(code -> code.getCode().equals("OVERDRINKING_RISK"))));
    }

    @Test
    void convertAmount() throws ApiException {
        double result = new ReferenceApi(client).convertAmount(AmountUnit.MEQ, Mineral.POTASSIUM, AmountUnit.MG,
                BigDecimal.valueOf(20), null, null).getResult();
        assertEquals(781.97, result, 0.005);
    }

    @Test
    void estimateDeficit() throws Exception {
        DeficitEstimate estimate = new DeficitsApi(client).estimateDeficit(example("estimateDeficit", DeficitEstimateRequest.class), null, null, null);
        assertEquals(5, estimate.getMinerals().size());
        assertTrue(estimate.getDisclaimer().contains("not medical advice"));
    }

    @Test
    void checkDrinkAdequacy() throws Exception {
        DrinkAdequacyCheck check = new DrinksApi(client).checkDrinkAdequacy(example("checkDrinkAdequacy", DrinkCheckRequest.class), null, null, null);
        assertEquals("INADEQUATE", check.getPotassium().getVerdict(), "an open set: a plain string in generated clients");
        assertEquals("ISOTONIC", check.getTonicity().getPropertyClass().getValue());
    }

    @Test
    void drinkLabelWithPhosphorus() throws ApiException {
        // 50 mg phosphorus per 250 mL serving: 200 mg/L = 200 / 30.973761998 = 6.457 mmol/L, reported without mEq.
        DrinkCheckRequest request = new DrinkCheckRequest().drink(new DrinkLabel()
                .servingVolume(new VolumeInput().value(250.0).unit(VolumeUnit.ML))
                .perServing(new LabelMinerals().phosphorus(new AmountInput().value(50.0).unit(AmountUnit.MG))));
        ReportedSupply phosphorus = new DrinksApi(client).checkDrinkAdequacy(request, null, null, null).getPhosphorus();
        assertTrue(phosphorus.getOnLabel());
        assertEquals(200.0, phosphorus.getConcentration().getMgPerL());
        assertEquals(6.457, phosphorus.getConcentration().getMmolPerL());
        assertNull(phosphorus.getPerServing().getmEq());
    }

    @Test
    void getCapsuleLimit() throws ApiException {
        assertEquals(99.0, new PotassiumApi(client).getCapsuleLimit(null, null).getLimit().getMg());
    }

    @Test
    void compareWithCapsuleLimit() throws Exception {
        CapsuleComparison comparison = new PotassiumApi(client)
                .compareWithCapsuleLimit(example("compareWithCapsuleLimit", CapsuleComparisonRequest.class), null, null, null);
        // The example's person is a woman of 34: NASEM 2019 AI 2,600 mg (sheet 1.1).
        assertEquals(2600.0, comparison.getTarget().getAmount().getMg());
    }

    @Test
    void estimateDeficitBatch() throws Exception {
        // The worked example, then a man of 130 (above the 120-year maximum): one result, then the item's own problem.
        DeficitEstimateRequestInBatch tooOld = new DeficitEstimateRequestInBatch()
                .person(new PersonProfile().sex(Sex.MALE).ageYears(130.0)).clientRef("member-130");
        BatchResponseDeficitEstimate batch = new DeficitsApi(client).estimateDeficitBatch(new DeficitEstimateBatchRequest()
                .items(List.of(example("estimateDeficit", DeficitEstimateRequestInBatch.class), tooOld)), null, null, null);
        assertEquals(5, batch.getItems().get(0).getResult().getMinerals().size());
        assertEquals(400, batch.getItems().get(1).getStatus());
        assertEquals("items[1].person.ageYears", batch.getItems().get(1).getProblem().getViolations().get(0).getField());
        assertEquals("member-130", batch.getItems().get(1).getClientRef(), "the item's own reference, echoed");
    }

    @Test
    void checkDrinkAdequacyBatch() throws Exception {
        BatchResponseDrinkAdequacyCheck batch = new DrinksApi(client).checkDrinkAdequacyBatch(new DrinkCheckBatchRequest()
                .items(List.of(example("checkDrinkAdequacy", DrinkCheckRequestInBatch.class))), null, null, null);
        assertEquals("INADEQUATE", batch.getItems().get(0).getResult().getPotassium().getVerdict());
    }

    @Test
    void compareWithCapsuleLimitBatch() throws Exception {
        BatchResponseCapsuleComparison batch = new PotassiumApi(client).compareWithCapsuleLimitBatch(
                new CapsuleComparisonBatchRequest().items(List.of(example("compareWithCapsuleLimit", CapsuleComparisonRequestInBatch.class))), null, null, null);
        assertEquals(2600.0, batch.getItems().get(0).getResult().getTarget().getAmount().getMg());
        assertEquals(1, batch.getAnswered());
    }

    @Test
    void planSession() throws Exception {
        SessionPlan plan = new SessionPlansApi(client)
                .planSession(example("planSession", SessionPlanRequest.class), null, null, null);
        // The example's 70 kg rider: 4 h before, 5-7 mL/kg = 350-490 mL (ACSM 2007); fluid never above the sweat.
        assertEquals(350.0, plan.getBefore().getFourHoursBefore().getLow().getmL());
        assertTrue(plan.getDuring().getFluidPerHour().getHigh().getmL()
                <= plan.getDuring().getExpectedSweatRatePerHour().getExpected().getmL());
    }

    @Test
    void planSessionBatch() throws Exception {
        BatchResponseSessionPlan batch = new SessionPlansApi(client).planSessionBatch(new SessionPlanBatchRequest()
                .items(List.of(example("planSession", SessionPlanRequestInBatch.class))), null, null, null);
        assertEquals(490.0, batch.getItems().get(0).getResult().getBefore().getFourHoursBefore().getHigh().getmL());
    }

    @Test
    void anErrorDecodesIntoTheProblemType() throws IOException {
        ApiException e = assertThrows(ApiException.class,
                () -> new ReferenceApi(client).getTargets(BigDecimal.valueOf(30), Sex.MALE, null, LifeStage.PREGNANT, null, null, null));
        assertEquals(400, e.getCode());
        Problem problem = mapper.readValue(e.getResponseBody(), Problem.class);
        assertTrue(problem.getType().endsWith("/problems/validation"), problem.getType());
        assertEquals("lifeStage", problem.getViolations().get(0).getField());
    }

    @Test
    void theHeaderParametersReachTheService() throws Exception {
        // Issue 28 item 2: the client's typed header slots: German asked, German named; the client's own request id
        // echoed; the contract version on the answer; and the ETag sent back gives 304 (an ApiException in this client).
        var answer = new ReferenceApi(client).getTargetsWithHttpInfo(BigDecimal.valueOf(34), Sex.FEMALE, null,
                LifeStage.PREGNANT, "de", null, "client-42");
        assertEquals(List.of("de"), answer.getHeaders().get("content-language"));
        assertEquals(List.of("client-42"), answer.getHeaders().get("x-request-id"));
        assertEquals(List.of(mapper.readTree(Path.of("openapi/openapi.json").toFile()).get("info").get("version").asText()),
                answer.getHeaders().get("api-version"), "the contract version of the stored document");
        String etag = answer.getHeaders().get("etag").get(0);
        ApiException notModified = assertThrows(ApiException.class, () -> new ReferenceApi(client)
                .getTargets(BigDecimal.valueOf(34), Sex.FEMALE, null, LifeStage.PREGNANT, "de", etag, null));
        assertEquals(304, notModified.getCode());
        DeficitEstimate german = new DeficitsApi(client).estimateDeficit(
                example("estimateDeficit", DeficitEstimateRequest.class), "de", null, null);
        assertTrue(german.getDisclaimer().contains("Schätzungen"), german.getDisclaimer());
        // The light answer reads into the same type: codes and parameters kept, rendered texts and mmol absent.
        DeficitEstimate light = new DeficitsApi(client).estimateDeficit(
                example("estimateDeficit", DeficitEstimateRequest.class), null, "return=minimal", null);
        assertNull(light.getAssumptions().get(0).getMessage());
        assertTrue(light.getAssumptions().get(0).getCode() != null);
        assertNull(light.getMinerals().get(0).getTarget().getAmount().getMmol());
        assertTrue(light.getMinerals().get(0).getTarget().getAmount().getMg() > 0);
    }
}
