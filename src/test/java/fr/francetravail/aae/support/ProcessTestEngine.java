package fr.francetravail.aae.support;

import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/** The in-memory engine of the process tests, with coverage recorded and at least 90 % required per test class. */
public final class ProcessTestEngine {

    private ProcessTestEngine() {
    }

    public static ProcessEngineCoverageExtension withCoverage() {
        return ProcessEngineCoverageExtension.builder("process-test-engine.cfg.xml").assertClassCoverageAtLeast(0.9).build();
    }
}
