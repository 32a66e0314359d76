package fr.francetravail.aae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.francetravail.aae.support.AfdasStub.Callback;
import fr.francetravail.aae.support.Scenario.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two nodes at work at once ({@link TwoNodeCluster}): partnerships reminded while payments go through validation, AFDAS
 * and a settlement posted to both nodes at the same instant. Nothing is lost and nothing doubled: every reminder fired
 * once, no job succeeded twice, every message of the outbox reached the SMTP server exactly once, one payment accepted by
 * AFDAS per operation, the settlement recorded once. Runs in a JVM of its own (failsafe execution {@code own-jvm}): its
 * context has a database of its own.
 */
class ClusterIT extends TwoNodeCluster {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterIT.class);
    private static final int REMINDED_OPERATIONS = 12;
    private static final int PAID_OPERATIONS = 6;

    @Test
    void timersMailsAndPaymentsAcrossTwoNodesHappenOnce() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<Operation>> reminded = new ArrayList<>();
        List<Future<Operation>> paid = new ArrayList<>();
        try {
            for (int i = 0; i < REMINDED_OPERATIONS; i++) {
                int node = i % 2;
                reminded.add(clients.submit(() -> awaitingPartner(node)));
            }
            for (int i = 0; i < PAID_OPERATIONS; i++) {
                int node = i % 2;
                paid.add(clients.submit(() -> paidOnce(node)));
            }
            for (Operation operation : results(reminded)) {
                assertThat(fired(operation, REMINDER)).as("relance de %s", operation.reference()).isEqualTo(1);
            }
            for (Operation operation : results(paid)) {
                assertThat(afdas.acceptedPayments(operation.reference())).as("paiements acceptés de %s", operation.reference()).isEqualTo(1);
                assertThat(paymentState(0, operation)).isEqualTo("SETTLED");
            }
        } finally {
            clients.shutdownNow();
        }

        await("la file des courriels vide").atMost(PATIENCE).until(() -> unsentMails() == 0);
        Map<String, Long> received = receivedMails();
        LOG.info("Courriels : {} reçus ; travaux réussis par nœud : {}", received.values().stream().mapToLong(Long::longValue).sum(), jobsByNode());
        assertThat(received).as("chaque message reçu une fois").allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(outboxMessageIds());
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient = ? and subject like '% : votre réponse est attendue'",
                Long.class, PARTNER_MAILBOX)).as("une relance par partenariat en attente").isGreaterThanOrEqualTo(REMINDED_OPERATIONS);
        assertThat(jobsSucceededTwice()).as("travaux réussis deux fois").isZero();
        assertThat(jobsByNode().keySet()).as("les travaux tournent sur les nœuds, pas dans le contexte du test").isNotEmpty()
                .isSubsetOf("node-a", "node-b");
    }

    /** Proposed and drafted through this node; the partner, silent, is reminded by whichever node fires the timer. */
    private Operation awaitingPartner(int node) {
        Operation operation = propose(node).orElseThrow();
        draft(node, operation);
        await("relance de " + operation.reference()).atMost(PATIENCE).until(() -> fired(operation, REMINDER) > 0);
        return operation;
    }

    /** Validated through this node, sent to AFDAS by a node's worker, the settlement then posted to both nodes at once. */
    private Operation paidOnce(int node) throws Exception {
        Operation operation = propose(node).orElseThrow();
        String instance = validatedPayment(node, operation);
        // sent, and the process waiting for the answer (the worker records the submission, then completes its task)
        await("envoi à l'AFDAS de " + operation.reference()).atMost(PATIENCE).until(() -> awaitsAfdas(instance));
        Callback settled = afdas.settled(afdas.lastReference(operation.reference()));
        ExecutorService both = Executors.newFixedThreadPool(nodes.size());
        try {
            List<String> outcomes = new ArrayList<>();
            for (Future<String> outcome : both.invokeAll(nodes.stream().<Callable<String>>map(each -> () -> each.as(null)
                    .post("/api/afdas/callbacks", settled.body(), "X-Afdas-Signature", settled.signature()).expect(200).json().path("outcome")
                    .asText()).toList())) {
                outcomes.add(outcome.get());
            }
            assertThat(outcomes).as("le même avis de règlement reçu par les deux nœuds").containsExactlyInAnyOrder("RECORDED", "DUPLICATE_IGNORED");
        } finally {
            both.shutdown();
        }
        await("fin du paiement de " + operation.reference()).atMost(PATIENCE).until(() -> isFinished(instance));
        return operation;
    }

    private static <T> List<T> results(List<Future<T>> futures) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }
}
