package org.replenish.targets;

import java.util.List;
import java.util.Map;
import org.replenish.codes.Message;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Basis;

/** The targets of one life-stage group in one basis. */
public record SelectedTargets(Basis basis, Message lifeStageGroup, Map<Mineral, MineralTarget> byMineral, List<Message> notes) {

    public MineralTarget of(Mineral mineral) {
        return byMineral.get(mineral);
    }

    public List<MineralTarget> all() {
        return List.copyOf(byMineral.values());
    }
}
