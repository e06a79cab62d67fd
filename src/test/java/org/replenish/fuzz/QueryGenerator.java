package org.replenish.fuzz;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Query strings for a GET operation: every declared parameter with a valid value from the document, then mutated
 * (dropped, repeated, emptied, lower-cased, awkward numbers and text, unknown parameters, raw bytes above ASCII).
 * The target always stays parseable HTTP; what the codec refuses is covered by HttpLayerErrorsTest and docs/http-contract.md.
 */
final class QueryGenerator {

    record Query(String target, String accept, List<String> applied) {
    }

    private static final String RAW_SAFE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$'()*+,;:@/?";
    private static final List<String> ACCEPTS = List.of("text/csv", "application/xml", "*/*", "application/json;q=0");

    private final Contract contract;

    QueryGenerator(Contract contract) {
        this.contract = contract;
    }

    Query generate(Contract.GetOperation operation, Random random) {
        List<String[]> pairs = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            if (Boolean.TRUE.equals(parameter.getRequired()) || random.nextBoolean()) {
                pairs.add(new String[] {parameter.getName(), validValue(parameter, random)});
            }
        }
        List<String> applied = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            mutate(pairs, random, applied);
        }
        StringBuilder target = new StringBuilder(operation.path());
        for (int i = 0; i < pairs.size(); i++) {
            target.append(i == 0 ? '?' : '&').append(encode(pairs.get(i)[0], random)).append('=')
                    .append(encode(pairs.get(i)[1], random));
        }
        String accept = null;
        if (random.nextInt(15) == 0) {
            accept = Values.pick(ACCEPTS, random);
            applied.add("accept " + accept);
        }
        return new Query(target.toString(), accept, applied);
    }

    private String validValue(Parameter parameter, Random random) {
        Schema<?> schema = contract.resolve(parameter.getSchema());
        if (schema.getEnum() != null) {
            return String.valueOf(schema.getEnum().get(random.nextInt(schema.getEnum().size())));
        }
        double max = schema.getMaximum() == null ? 100 : Math.min(schema.getMaximum().doubleValue(), 5000);
        return String.valueOf(Math.round(random.nextDouble() * max * 10) / 10.0);
    }

    private static void mutate(List<String[]> pairs, Random random, List<String> applied) {
        if (pairs.isEmpty() || random.nextInt(7) == 0) {
            pairs.add(new String[] {Values.pick(Values.STRINGS, random), "1"});
            applied.add("unknown parameter");
            return;
        }
        int index = random.nextInt(pairs.size());
        String[] pair = pairs.get(index);
        switch (random.nextInt(6)) {
            case 0 -> pairs.remove(index);
            case 1 -> pairs.add(new String[] {pair[0], Values.pick(Values.NUMBERS, random)});
            case 2 -> pair[1] = Values.pick(Values.NUMBERS, random);
            case 3 -> pair[1] = Values.pick(Values.BAD_NUMBER_TOKENS, random);
            case 4 -> pair[1] = Values.pick(Values.STRINGS, random);
            default -> pair[1] = pair[1].toLowerCase(java.util.Locale.ROOT);
        }
        applied.add("mutate " + pair[0]);
    }

    /**
     * Percent-encoded UTF-8 mostly; now and then raw, when the text holds only characters a request target may carry
     * and bytes above ASCII, which the codec passes on. Characters RFC 3986 forbids (space, quotes, angle brackets,
     * braces, bar, backslash, caret, backtick) make the codec refuse the request line: see HttpLayerErrorsTest.
     */
    private static String encode(String text, Random random) {
        if (random.nextInt(10) == 0 && text.chars().allMatch(c -> c >= 0x80 ? c < 0x100 : RAW_SAFE.indexOf(c) >= 0)) {
            return text;
        }
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
