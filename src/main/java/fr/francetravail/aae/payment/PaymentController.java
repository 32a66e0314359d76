package fr.francetravail.aae.payment;

import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationService;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Paiement", description = "Paiement du forfait de la structure culturelle par l'AFDAS (agence, managers, AFDAS)")
class PaymentController {

    private final OperationService operations;
    private final PaymentService payments;

    PaymentController(OperationService operations, PaymentService payments) {
        this.operations = operations;
        this.payments = payments;
    }

    /** Partners are refused: the audit holds the staff's and AFDAS's comments on the file. */
    @GetMapping("/api/operations/{reference}/payment")
    @io.swagger.v3.oas.annotations.Operation(summary = "Le paiement de l'opération : état, montant (EUR), références AFDAS, dates et "
            + "historique (qui a fait quoi, quand) ; conseillers de l'agence, managers, administrateurs et AFDAS")
    PaymentView get(@PathVariable String reference, Viewer viewer) {
        Operation operation = operations.get(reference, viewer);
        if (!viewer.isStaffOf(operation.getAgencyCode(), operation.getRegion()) && !viewer.groups().contains(Viewer.AFDAS)) {
            throw new AccessDeniedException("Réservé à l'agence de l'opération, aux managers et à l'AFDAS");
        }
        return PaymentView.of(operation, payments.ofOperation(operation));
    }

    /** The payment as its readers see it. */
    record PaymentView(String operationReference, PaymentState state, BigDecimal amount, String currency, String missingRequirements,
            Instant openedAt, Instant requestedAt, String validatedBy, Instant validatedAt, int submissionCount, String afdasReference,
            Instant submittedAt, LocalDate settledOn, BigDecimal settledAmount, String rejectionReason, List<PaymentEvent> events) {

        static PaymentView of(Operation operation, Payment payment) {
            return new PaymentView(operation.getReference(), payment.getState(), payment.getAmount(), PaymentService.CURRENCY,
                    payment.getMissingRequirements(), payment.getOpenedAt(), payment.getRequestedAt(), payment.getValidatedBy(),
                    payment.getValidatedAt(), payment.getSubmissionCount(), payment.getAfdasReference(), payment.getSubmittedAt(),
                    payment.getSettledOn(), payment.getSettledAmount(), payment.getRejectionReason(), payment.getEvents());
        }
    }
}
