package org.replenish.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The fuzzing harness against the packaged service (see FuzzCampaign). ./mvnw verify runs a small fixed-seed slice;
 * scripts/fuzz-full.sh (run by .ci/run) the full campaign: -Dfuzz.bodies=100000 -Dfuzz.queries=10000.
 */
@QuarkusIntegrationTest
class FuzzIT {

    @Test
    void noCaseBreaksTheContract() throws InterruptedException {
        int bodies = Integer.getInteger("fuzz.bodies", 1500);
        int queries = Integer.getInteger("fuzz.queries", 300);
        long seed = Long.getLong("fuzz.seed", 13);
        int workers = Integer.getInteger("fuzz.workers", 4);
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);

        FuzzCampaign campaign = new FuzzCampaign("localhost", port, seed, workers);
        long started = System.nanoTime();
        List<FuzzCampaign.Tally> tallies = campaign.run(bodies, queries);
        double seconds = (System.nanoTime() - started) / 1e9;

        StringBuilder report = new StringBuilder(String.format("%nFuzz campaign, seed %d, %d workers, %.1f s:%n", seed,
                workers, seconds));
        int total = 0;
        for (FuzzCampaign.Tally tally : tallies) {
            report.append(String.format("  %-40s %7d cases  %s  failures %d%n", tally.endpoint(), tally.cases(),
                    tally.statuses(), tally.failures()));
            total += tally.cases();
        }
        report.append(String.format("  total %d requests, %.0f per second; %s%n", total, total / seconds,
                campaign.timing()));
        System.out.println(report);
        campaign.failures().forEach(failure -> System.out.println("FUZZ FAILURE " + failure));
        assertTrue(campaign.failures().isEmpty(), "The fuzz campaign found contract breaks:\n"
                + String.join("\n", campaign.failures()));
    }
}
