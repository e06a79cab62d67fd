package org.replenish.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects assumptions once per code, in the order first met. */
public final class Assumptions {

    private final Map<String, String> byCode = new LinkedHashMap<>();

    public Assumptions add(String code, String message) {
        byCode.putIfAbsent(code, message);
        return this;
    }

    public List<Assumption> list() {
        List<Assumption> list = new ArrayList<>();
        byCode.forEach((code, message) -> list.add(new Assumption(code, message)));
        return list;
    }
}
