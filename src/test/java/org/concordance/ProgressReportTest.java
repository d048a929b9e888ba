package org.concordance;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordance.content.Progress;
import org.junit.jupiter.api.Test;

/** What {@code /healthz} says the app is waiting for, as stages begin and end, nested or side by side. */
class ProgressReportTest {
    @Test
    void anInnerStageGivesTheWordBackToTheOuterOne() {
        ProgressReport report = new ProgressReport(null);
        assertThat(report.now()).isEmpty();
        try (Progress.Stage outer = report.begin("comparing the content with the catalog", 1)) {
            try (Progress.Stage inner = report.begin("reading documents", 3)) {
                inner.advance(2);
                assertThat(report.now()).isEqualTo("reading documents: 2 of 3");
            }
            assertThat(report.now()).isEqualTo("comparing the content with the catalog: 0 of 1");
            outer.advance();
        }
        assertThat(report.now()).isEmpty();
    }

    @Test
    void aStageEndedOutOfOrderIsNeverShownAgain() {
        ProgressReport report = new ProgressReport(null);
        Progress.Stage glossary = report.begin("linking mentions", 1);
        Progress.Stage citations = report.begin("resolving citations", 1);
        glossary.close();
        assertThat(report.now()).startsWith("resolving citations");
        citations.close();
        assertThat(report.now()).isEmpty();
    }
}
