package org.replenish.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.replenish.codes.AssumptionCode;
import org.replenish.codes.Message;
import org.replenish.codes.Texts;

/** Collects assumptions once per code, in the order first met, and puts them into words at the end. */
public final class Assumptions {

    private final Map<AssumptionCode, Message> byCode = new LinkedHashMap<>();

    /** Adds the assumption with its named parameters (alternating names and values) unless its code is already in. */
    public Assumptions add(AssumptionCode code, Object... parameterNamesAndValues) {
        byCode.putIfAbsent(code, Message.of(code, parameterNamesAndValues));
        return this;
    }

    public List<Assumption> list(Texts texts) {
        Assumption[] assumptions = new Assumption[byCode.size()];
        int i = 0;
        for (Message message : byCode.values()) {
            assumptions[i++] = Assumption.of(message, texts);
        }
        return List.of(assumptions);
    }
}
