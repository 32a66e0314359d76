package fr.francetravail.aae.platform;

import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.common.PlausibleInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The {@link PlausibleInput} text rules for what reaches our controllers outside a JSON body: path variables (one line)
 * and query or form parameters (a form's text area may hold line breaks, so parameters may too). Checked before any
 * binding, so a refused value is never looked up or stored; the refusal names the parameter.
 */
@Configuration
class PlainRequestParameters implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> check(violations, name.toString(), value.toString(), false));
        }
        request.getParameterMap().forEach((name, values) -> {
            check(violations, "paramètre", name, false);
            for (String value : values) {
                check(violations, name, value, true);
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return true;
    }

    private static void check(List<FieldViolation> violations, String field, String value, boolean multiLine) {
        String fault = PlausibleInput.textFault(value, multiLine);
        if (fault != null) {
            violations.add(new FieldViolation(PlausibleInput.textFault(field, false) == null ? field : "paramètre", fault));
        }
    }
}
