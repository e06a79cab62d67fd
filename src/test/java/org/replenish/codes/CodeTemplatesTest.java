package org.replenish.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.replenish.TestData;
import org.replenish.sweat.ModelCondition;
import org.replenish.drink.AdequacyVerdict;
import org.replenish.drink.DrinkCategory;
import org.replenish.drink.RangePosition;
import org.replenish.drink.ReplacementVerdict;
import org.replenish.potassium.ProductForm;
import org.replenish.reference.SafetyRule;
import org.replenish.reference.TargetKind;
import org.replenish.units.AmountUnit;
import org.replenish.units.Mineral;
import org.replenish.validation.RuleCode;
import org.replenish.validation.ViolationCode;
import org.replenish.vocabulary.Basis;
import org.replenish.vocabulary.LifeStage;
import org.replenish.vocabulary.RiskFactor;
import org.replenish.vocabulary.Sex;
import org.replenish.vocabulary.Symptom;

/**
 * Issue 27 item 5: every code's template, rendered in both languages with typed sample parameters, has a text of its
 * own in each language, leaves no placeholder, names every enum value in words and counts sessions from 1; and every
 * parameter has a type in codes/parameter-types.properties.
 */
class CodeTemplatesTest {

    /** The schemas parameter-types.properties names, with the enum whose constants they carry. */
    private static final Map<String, Class<? extends Enum<?>>> SCHEMAS = Map.ofEntries(
            Map.entry("Mineral", Mineral.class), Map.entry("Basis", Basis.class), Map.entry("Sex", Sex.class),
            Map.entry("LifeStage", LifeStage.class), Map.entry("Symptom", Symptom.class),
            Map.entry("RiskFactor", RiskFactor.class), Map.entry("TargetKind", TargetKind.class),
            Map.entry("RangePosition", RangePosition.class), Map.entry("DrinkCategory", DrinkCategory.class),
            Map.entry("ProductForm", ProductForm.class), Map.entry("AmountUnit", AmountUnit.class),
            Map.entry("ModelCondition", ModelCondition.class));

    /** Constants a person must never read as such in a text (abbreviations such as AI, RDA or EFSA are words). */
    private static final Set<String> RAW_CONSTANTS = Stream.of(Mineral.class, Sex.class, LifeStage.class,
                    Symptom.class, RiskFactor.class, RangePosition.class, DrinkCategory.class, ProductForm.class,
                    AdequacyVerdict.class, ReplacementVerdict.class, ModelCondition.class)
            .flatMap(type -> Arrays.stream(type.getEnumConstants())).map(Enum::name)
            .filter(name -> !name.equals(RiskFactor.ARB.name())) // ARB is also the abbreviation medicine writes
            .collect(Collectors.toSet());

    /** The values of every KEYWORD parameter: the keys the templates choose on. */
    private static final Map<String, List<String>> KEYWORDS = Map.of(
            "bounds", List.of("MIN", "MAX", "MIN_AND_MAX"),
            "minExclusive", List.of("true", "false"), "maxExclusive", List.of("false", "true"),
            "zeroAllowed", List.of("true", "false", "false"),
            "expected", List.of("integer", "number", "boolean", "string", "array", "object"));

    private static final List<String> UNITS = List.of("mg", "items", "characters", "none", "L/h");

    private static final Pattern WORD = Pattern.compile("[A-Z][A-Z_]+[A-Z]");

    private static final Map<Code, String> DATA_TEMPLATES = dataTemplates();

    /** The English the reference data holds: the safety flags' texts and the risk factors' meanings. */
    private static Map<Code, String> dataTemplates() {
        Map<Code, String> texts = TestData.DATA.safetyRules().stream()
                .collect(Collectors.toMap(SafetyRule::code, SafetyRule::message, (a, b) -> a, LinkedHashMap::new));
        TestData.DATA.riskFactors().factors().forEach((factor, info) -> texts.put(CodeSet.RISK_FACTOR.code(factor), info.explanation()));
        return texts;
    }

    private static List<Code> everyCode() {
        return Arrays.stream(CodeSet.values()).flatMap(set -> set.codes().stream()).toList();
    }

    @Test
    void everyParameterHasAType() {
        List<String> untyped = new ArrayList<>();
        for (Code code : everyCode()) {
            for (String name : Texts.parameterNames(code)) {
                if (ParameterTypes.of(code, name) == null) {
                    untyped.add(Texts.key(code) + ": " + name);
                }
            }
        }
        assertEquals(List.of(), untyped);
    }

    @Test
    void everyCodeHasATextInEachLanguage() {
        for (Language language : Language.values()) {
            Texts texts = Texts.of(language);
            List<String> missing = everyCode().stream()
                    .filter(code -> !texts.translates(code) && !(language == Language.EN && DATA_TEMPLATES.containsKey(code)))
                    .map(Texts::key).toList();
            assertEquals(List.of(), missing, language.name());
        }
    }

    @Test
    void everyEnumValueAParameterCanHoldHasWordsInEachLanguage() {
        for (Language language : Language.values()) {
            Texts texts = Texts.of(language);
            List<String> missing = new ArrayList<>();
            for (String schema : SCHEMAS.keySet()) {
                for (Enum<?> constant : SCHEMAS.get(schema).getEnumConstants()) {
                    String key = schema + "." + constant.name();
                    if (!texts.hasText(key)) {
                        missing.add(key);
                    }
                }
            }
            assertEquals(List.of(), missing, language.name());
        }
    }

    @Test
    void everyTemplateRendersToATextAPersonCanRead() {
        for (Language language : Language.values()) {
            Texts texts = Texts.of(language);
            for (Code code : everyCode()) {
                for (Map<String, Object> parameters : samples(code)) {
                    String text = texts.text(new Message(code, parameters), DATA_TEMPLATES.get(code));
                    assertFalse(text.contains("{") || text.contains("}"), Texts.key(code) + " " + language + ": " + text);
                    WORD.matcher(text).results().map(m -> m.group())
                            .filter(RAW_CONSTANTS::contains)
                            .findFirst().ifPresent(raw -> {
                                throw new AssertionError(Texts.key(code) + " in " + language + " shows " + raw + ": " + text);
                            });
                    if (parameters.get("sessions") instanceof SessionNumbers) {
                        assertTrue(text.contains("1, 3"), Texts.key(code) + " " + language + " counts sessions from 1: " + text);
                    }
                }
            }
        }
    }

    /** One parameter map per constant of the code's enum parameters (all at once for lists), else one map. */
    private static List<Map<String, Object>> samples(Code code) {
        List<Map<String, Object>> samples = new ArrayList<>();
        int rounds = 1;
        for (String name : Texts.parameterNames(code)) {
            ParameterInfo type = ParameterTypes.of(code, name);
            if (type != null && type.type() == ParameterType.ENUM) {
                rounds = Math.max(rounds, SCHEMAS.get(type.schema()).getEnumConstants().length);
            }
            if (type != null && KEYWORDS.containsKey(name)) {
                rounds = Math.max(rounds, KEYWORDS.get(name).size());
            }
        }
        for (int round = 0; round < rounds; round++) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            for (String name : Texts.parameterNames(code)) {
                parameters.put(name, sample(ParameterTypes.of(code, name), round));
            }
            samples.add(parameters);
        }
        return samples;
    }

    private static Object sample(ParameterInfo type, int round) {
        assertNotNull(type);
        return switch (type.type()) {
            case NUMBER -> 12.5;
            case ENUM -> {
                Enum<?>[] constants = SCHEMAS.get(type.schema()).getEnumConstants();
                yield constants[round % constants.length];
            }
            case ENUM_LIST -> List.of(SCHEMAS.get(type.schema()).getEnumConstants());
            case SESSION_INDEX_LIST -> SessionNumbers.of(List.of(0, 2));
            case SOURCE_ID -> new Citation("NASEM2019", "NASEM 2019");
            case SOURCE_ID_LIST -> List.of(new Citation("NASEM2019", "NASEM 2019"), new Citation("IOM2005", "IOM 2005"));
            case TEXT -> new Term("Test.sample", "sample", "a sample text");
            case MESSAGE_LIST -> List.of(Message.of(ReasonCode.SWEAT_NO_SESSIONS, "mineral", Mineral.SODIUM));
            case INTEGER -> 12;
            case KEYWORD -> KEYWORDS.get(type.name()).get(round % KEYWORDS.get(type.name()).size());
            case VALUE_LIST -> "KG, LB";
            case UNIT -> UNITS.get(round % UNITS.size());
            case RULE_CODE -> new Message(CodeSet.RULE.code(RuleCode.DAILY_VALUE_NOT_A_PERSONS_TARGET), Map.of());
        };
    }

    /**
     * The templates are the ICU MessageFormat the catalogue says they are: ICU4J, an independent renderer, reads every
     * template of both languages with the same parameters and renders it as the service does, every branch of every
     * choice included (parameters given as text, so both only insert them).
     */
    @Test
    void everyTemplateRendersTheSameWithAnIcuLibrary() {
        for (Language language : Language.values()) {
            Texts texts = Texts.of(language);
            for (Code code : everyCode()) {
                String template = texts.template(code, DATA_TEMPLATES.get(code));
                com.ibm.icu.text.MessageFormat icu = new com.ibm.icu.text.MessageFormat(template, language.locale());
                // ICU names the arguments outside choices only; ours holds those and the ones inside branches.
                assertTrue(Texts.placeholders(template).containsAll(icu.getArgumentNames()), Texts.key(code) + " " + language);
                for (Map<String, Object> typed : samples(code)) {
                    Map<String, Object> parameters = new LinkedHashMap<>();
                    typed.forEach((name, value) -> parameters.put(name,
                            value instanceof String ? value : "<" + name + ">"));
                    assertEquals(icu.format(parameters), texts.text(new Message(code, parameters), template),
                            Texts.key(code) + " " + language + " " + parameters);
                }
            }
        }
    }

    /** Hand-worded violations: what a person reads for the ranges the service reports (issue 27 items 1 and 3). */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1}: {3}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        // language | kind | parameters (name=value;...) | text
        "EN | OUT_OF_RANGE | bounds=MIN;min=0;minExclusive=false;zeroAllowed=false;unit=none | must be at least 0",
        "EN | OUT_OF_RANGE | bounds=MIN;min=0;minExclusive=true;zeroAllowed=false;unit=mL | must be more than 0 mL",
        "EN | OUT_OF_RANGE | bounds=MIN_AND_MAX;min=0.001;minExclusive=false;max=100000;maxExclusive=false;"
                + "zeroAllowed=true;unit=mg | must be 0 or from 0.001 to 100000 mg",
        "EN | OUT_OF_RANGE | bounds=MAX;max=20;maxExclusive=false;zeroAllowed=false;unit=items | must be at most 20 items",
        "DE | OUT_OF_RANGE | bounds=MAX;max=20;maxExclusive=false;zeroAllowed=false;unit=items | muss höchstens 20 Einträge sein",
        "DE | OUT_OF_RANGE | bounds=MIN_AND_MAX;min=0.001;minExclusive=false;max=120;maxExclusive=false;"
                + "zeroAllowed=true;unit=years | muss 0 oder von 0.001 bis 120 years sein",
        "DE | OUT_OF_RANGE | bounds=MAX;max=200;maxExclusive=true;zeroAllowed=false;unit=characters | muss kleiner als 200 Zeichen sein",
        "EN | WRONG_TYPE | expected=integer | must be a whole number",
        "DE | WRONG_TYPE | expected=boolean | muss true oder false sein",
        "DE | MALFORMED_JSON | line=1;column=27 | ist kein wohlgeformtes JSON (Zeile 1, Spalte 27)",
        "EN | REPEATED | - | is given more than once",
    })
    void violationsReadAsAPersonWritesThem(Language language, ViolationCode kind, String parameters, String text) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (!"-".equals(parameters)) {
            for (String pair : parameters.split(";")) {
                values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        assertEquals(text, Texts.of(language).text(new Message(CodeSet.VIOLATION.code(kind), values)));
    }
}
