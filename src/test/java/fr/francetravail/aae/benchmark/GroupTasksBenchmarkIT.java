package fr.francetravail.aae.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario.Agency;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist's « À faire » for a counsellor (their tasks and their groups' unclaimed ones), as Tasklist asks it
 * ({@code POST /engine-rest/filter/<id>/list}
 * for the first page of 15, and {@code /count}), with 10 000 open tasks in the system, 1 % of them for the counsellor's
 * agency; reference: the same query measured in the same run with only the agency's tasks (and what the earlier
 * benchmarks left open).
 */
@Order(3)
class GroupTasksBenchmarkIT extends BenchmarkIT {

    private static final String PROCESS = "bench-group-task";
    private static final int TASKS = size("group-tasks", 10_000);
    private static final int OWN_TASKS = Math.max(1, TASKS / 100);
    private static final int OTHER_GROUPS = 99;
    private static final int WARM_UP = 10;
    private static final int RUNS = size("group-tasks.runs", 100);
    private static final String COUNSELLOR = "gt-counsellor";

    @Autowired
    private FilterService filters;
    @Autowired
    private TaskService tasks;

    @Test
    void myGroupsTasksAmongTenThousand(BenchmarkReport report) throws Exception {
        scenario("gt-manager").agency(Agency.of("gt-arras", "Arras")).counsellor(COUNSELLOR, "gt-arras");
        deployUserTaskProcess(PROCESS, "${group}");
        String filter = filters.createFilterQuery().filterName("À faire").singleResult().getId();
        Http counsellor = as(COUNSELLOR);
        BenchmarkReport.Section section = report.section("Tasklist « À faire » with %d open tasks".formatted(TASKS));

        startInstances(PROCESS, OWN_TASKS, i -> "GT-OWN-" + i, i -> Map.of("group", "agence-gt-arras"));
        long openBefore = tasks.createTaskQuery().count();
        assertThat(counsellor.post("/engine-rest/filter/" + filter + "/count", "{}").expect(200).json().path("count").asLong())
                .isGreaterThanOrEqualTo(OWN_TASKS);
        List<Double> listBefore = latencies(WARM_UP, RUNS, () -> list(counsellor, filter));
        List<Double> countBefore = latencies(WARM_UP, RUNS, () -> count(counsellor, filter));

        startInstances(PROCESS, TASKS - OWN_TASKS, i -> "GT-" + i, i -> Map.of("group", "agence-gt-other-" + i % OTHER_GROUPS));
        long open = tasks.createTaskQuery().count();
        List<Double> list = latencies(WARM_UP, RUNS, () -> list(counsellor, filter));
        List<Double> count = latencies(WARM_UP, RUNS, () -> count(counsellor, filter));

        String reference = "with %d open tasks".formatted(openBefore);
        section.figure("First page (15) p50", percentile(list, 0.5), "ms", reference + ", p50", percentile(listBefore, 0.5), "")
                .figure("First page (15) p95", percentile(list, 0.95), "ms", reference + ", p95", percentile(listBefore, 0.95), "< 100 ms")
                .figure("Count p50", percentile(count, 0.5), "ms", reference + ", p50", percentile(countBefore, 0.5), "")
                .figure("Count p95", percentile(count, 0.95), "ms", reference + ", p95", percentile(countBefore, 0.95), "< 100 ms")
                .note(("%d open tasks in the system when measured (%d of them for the counsellor's agency, the others over %d other "
                        + "groups); %d runs per figure after %d of warm-up, over HTTP with the counsellor's Basic credentials.")
                        .formatted(open, OWN_TASKS, OTHER_GROUPS, RUNS, WARM_UP))
                .end();
    }

    private static void list(Http counsellor, String filter) {
        counsellor.post("/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15", "{}").expect(200);
    }

    private static void count(Http counsellor, String filter) {
        counsellor.post("/engine-rest/filter/" + filter + "/count", "{}").expect(200);
    }
}
