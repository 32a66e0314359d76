package fr.francetravail.aae.platform;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code Idempotency-Key} of {@code /api}'s creating requests ({@link IdempotencyFilter}): the filter, right after
 * Spring Security's (the user is known, and the body has passed {@link RequestBodyLimitFilter}, which runs first of all),
 * and its documentation on every {@code POST} it covers in {@code /v3/api-docs}.
 */
@Configuration
class IdempotencyConfiguration {

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys, ProblemSecurityHandler problems,
            SecurityProperties security) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(new IdempotencyFilter(keys, problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(security.getFilter().getOrder() + 1);
        return registration;
    }

    @Bean
    OpenApiCustomizer idempotencyKeyDocumentation() {
        return api -> {
            if (api.getPaths() != null) {
                api.getPaths().forEach((path, item) -> {
                    if (item.getPost() != null && IdempotencyFilter.takesKey("POST", path)) {
                        document(item.getPost());
                    }
                });
            }
        };
    }

    private static void document(Operation operation) {
        operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                .description("Facultatif. Une clé unique par requête, choisie par le client (un UUID par exemple) : une requête "
                        + "renvoyée avec la même clé, par le même utilisateur et à l'identique, reçoit la première réponse (en-tête "
                        + IdempotencyFilter.REPLAYED + ": true) sans rien créer de nouveau. La clé est retenue avec la réponse "
                        + "d'un succès pendant la durée de conservation configurée ; une requête qui n'a rien enregistré (un refus) la "
                        + "libère. Sans cet en-tête, "
                        + "chaque envoi est une nouvelle requête.")
                .schema(new StringSchema().minLength(1).maxLength(IdempotencyFilter.MAX_LENGTH).pattern("^[\\x20-\\x7E]+$")
                        .example("5f0c3a52-8f3e-4d8e-9d56-0b7c6c1f2a4e")));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.putIfAbsent("409", new ApiResponse().description(
                "Une requête de même clé " + IdempotencyFilter.HEADER + " est encore en cours, ou a été enregistrée sans que "
                        + "sa réponse ait pu être conservée (ou un autre conflit d'état)"));
        responses.putIfAbsent("422", new ApiResponse().description(
                "La clé " + IdempotencyFilter.HEADER + " a déjà servi à une autre requête (méthode, adresse ou corps différents)"));
        operation.setResponses(responses);
    }
}
