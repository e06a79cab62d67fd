// Builds a request for every operation from the types openapi-typescript generates from the stored document,
// as a TypeScript app would. `npm run check` compiles it with tsc --strict: a renamed field, a changed enum or
// a lost type breaks the build here before it breaks an app.
import type { components, operations } from "./target/replenish-api";

type Schemas = components["schemas"];
type Query<Op extends keyof operations> = operations[Op]["parameters"]["query"];

export const getTargets: Query<"getTargets"> = { sex: "FEMALE", ageYears: 34, lifeStage: "PREGNANT", basis: "NASEM_DRI" };

export const listMinerals: operations["listMinerals"]["parameters"] = {};

export const listCodes: operations["listCodes"]["parameters"] = {};

export const convertAmount: Query<"convertAmount"> = { mineral: "POTASSIUM", value: 20, from: "MEQ", to: "MG" };

export const estimateDeficit: Schemas["DeficitEstimateRequest"] = {
  person: { sex: "MALE", ageYears: 30, bodyMass: { value: 70, unit: "KG" } },
  basis: "NASEM_DRI",
  sessions: [
    {
      durationMinutes: 120,
      sport: "ENDURANCE",
      sweatRate: { value: 1.2, unit: "L_PER_H" },
      sweatSodium: { value: 35.9, unit: "MMOL_PER_L" },
      replenished: { sodium: { value: 500, unit: "MG" } },
    },
  ],
  dietaryIntake: { potassium: { value: 2500, unit: "MG" } },
  riskFactors: ["LOW_GREEN_VEGETABLE_INTAKE"],
  symptoms: ["LEG_CRAMPS"],
};

export const checkDrinkAdequacy: Schemas["DrinkCheckRequest"] = {
  drink: {
    name: "Sports drink, 20 fl oz bottle",
    servingVolume: { value: 20, unit: "US_FL_OZ" },
    perServing: { sodium: { value: 270, unit: "MG" }, potassium: { value: 75, unit: "MG" } },
    carbohydrateGrams: 36,
  },
  consumed: { value: 1, unit: "L" },
};

export const getCapsuleLimit: operations["getCapsuleLimit"]["parameters"] = {};

export const compareWithCapsuleLimit: Schemas["CapsuleComparisonRequest"] = {
  person: { sex: "FEMALE", ageYears: 34 },
  dietaryIntake: { value: 2000, unit: "MG" },
  product: { salt: { compound: "POTASSIUM_GLUCONATE", massPerUnit: { value: 595, unit: "MG" } }, form: "CAPSULE" },
};

export const convertPhosphorus: Query<"convertAmount"> = { mineral: "PHOSPHORUS", value: 1250, from: "MG", to: "MMOL" };

// A drink label may state phosphorus (LabelMinerals); the answer reports it in mg and mmol, without mEq.
export const drinkWithPhosphorus: Schemas["DrinkCheckRequest"] = {
  drink: {
    servingVolume: { value: 250, unit: "ML" },
    perServing: { phosphorus: { value: 50, unit: "MG" } },
  },
};

export function phosphorusMillimolesPerLitre(check: Schemas["DrinkAdequacyCheck"]): number | undefined {
  return check.phosphorus.concentration?.mmolPerL;
}

// Batches carry the single operations' request types, 1 to 100 of them.
export const estimateDeficitBatch: Schemas["DeficitEstimateBatchRequest"] = {
  items: [estimateDeficit, { person: { sex: "FEMALE", ageYears: 25 } }],
};

export const checkDrinkAdequacyBatch: Schemas["DrinkCheckBatchRequest"] = { items: [checkDrinkAdequacy] };

export const compareWithCapsuleLimitBatch: Schemas["CapsuleComparisonBatchRequest"] = {
  items: [compareWithCapsuleLimit, { target: { value: 3400, unit: "MG" } }],
};

export const planSession: Schemas["SessionPlanRequest"] = {
  person: { sex: "MALE", ageYears: 35, bodyMass: { value: 70, unit: "KG" }, height: { value: 178, unit: "CM" } },
  session: {
    durationMinutes: 180,
    sport: "CYCLING",
    energyExpended: { value: 1800, unit: "KCAL", kind: "ACTIVE" },
    environment: { airTemperature: { value: 28, unit: "C" }, relativeHumidity: 50 },
  },
  drinks: [{ servingVolume: { value: 500, unit: "ML" }, per100mL: { salt: { value: 0.12, unit: "G" } }, carbohydrateGrams: 6 }],
};

export const planSessionBatch: Schemas["SessionPlanBatchRequest"] = { items: [planSession] };

export function fluidCeiling(plan: Schemas["SessionPlan"]): number | undefined {
  return plan.during?.fluidPerHour.high.mL;
}

// Responses are typed too: reading what an app reads must compile.
export function batchDeficitStatuses(batch: Schemas["BatchResponseDeficitEstimate"]): number[] {
  return batch.items.map((item) => (item.result ? item.result.minerals.length : item.problem?.status ?? item.status));
}

export function phosphorusMillimoles(targets: Schemas["TargetsResponse"]): number | undefined {
  return targets.targets.find((t) => t.mineral === "PHOSPHORUS")?.amount.mmol;
}

export function potassiumVerdict(check: Schemas["DrinkAdequacyCheck"]): Schemas["AdequacyVerdict"] {
  return check.potassium.verdict;
}

export function firstViolation(problem: Schemas["Problem"]): string | undefined {
  return problem.violations[0]?.field;
}

export function capsuleMultiple(comparison: Schemas["CapsuleComparison"]): number | undefined {
  return comparison.targetAsMultipleOfCapsule;
}

// Every request header is typed (issue 28 item 2): the request id everywhere, the language where answers are
// localised, If-None-Match on the cached GETs.
export const germanTargetsHeaders: operations["getTargets"]["parameters"]["header"] = {
  "Accept-Language": "de",
  "If-None-Match": '"2026.12.06-7_4.0.0_tag"',
  "X-Request-Id": "client-42",
};
export const germanDeficitHeaders: operations["estimateDeficit"]["parameters"]["header"] = {
  "Accept-Language": "de",
  Prefer: "return=minimal",
  "X-Request-Id": "client-42",
};

// A light answer (Prefer: return=minimal) has the same type: rendered texts and second units are optional.
export function assumptionCodes(estimate: Schemas["DeficitEstimate"]): string[] {
  return estimate.assumptions.map((assumption) => assumption.message ?? assumption.code);
}

// A batch item may carry the client's own reference (issue 28 item 4), echoed beside its answer.
export const referencedBatch: Schemas["DeficitEstimateBatchRequest"] = {
  items: [{ ...estimateDeficit, clientRef: "member-7/run" }],
};
export function clientRefs(batch: Schemas["BatchResponseDeficitEstimate"]): (string | undefined)[] {
  return batch.items.map((item) => item.clientRef);
}
