package fr.francetravail.aae.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ITs' promise: no job runs behind a test's back. The job executor of their context acquires nothing, even a job
 * that is due, and {@link ServiceIT#runDueJobs()} runs it.
 */
class ServiceJobsIT extends ServiceIT {

    @Autowired
    private ProcessEngineConfigurationImpl engine;
    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ManagementService management;

    @Test
    void theJobExecutorAcquiresNothingAndTheTestRunsWhatIsDue() {
        String deployment = repository.createDeployment().name("it-jobs-probe").addModelInstance("it-jobs-probe.bpmn",
                Bpmn.createExecutableProcess("it-jobs-probe").camundaHistoryTimeToLive(1)
                        .startEvent().serviceTask("Step").camundaAsyncBefore().camundaExpression("${true}").endEvent().done())
                .deploy().getId();
        try {
            startRunAndCheck();
        } finally {
            repository.deleteDeployment(deployment, true); // the other ITs see only the service's own models
        }
    }

    private void startRunAndCheck() {
        String instance = runtime.startProcessInstanceByKey("it-jobs-probe").getId();
        assertThat(management.createJobQuery().processInstanceId(instance).executable().count()).as("a job due now").isEqualTo(1);

        AcquiredJobs acquired = engine.getCommandExecutorTxRequired().execute(new AcquireJobsCmd(engine.getJobExecutor(), 1000));
        assertThat(acquired.size()).as("jobs the job executor would acquire").isZero();

        runDueJobs();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).as("run by the test").isZero();
    }
}
