package org.dischargehub.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.dischargehub.shared.Violations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A control character (a NUL, an escape, a newline...) in a query or path parameter of the API is a 400 naming the
 * parameter, before anything reads it, so it never reaches the database. It runs after sign-in and the role check:
 * someone not allowed to call the address is told so first. Bodies are checked as they are read ({@link StrictJson}).
 */
@Configuration(proxyBeanMethods = false)
class ControlCharactersInAddresses implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        Violations violations = new Violations();
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                violations.check(StrictJson.forbiddenControlCharacter(value, false) >= 0, name,
                        "must not contain control characters");
            }
        });
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> violations.check(
                    StrictJson.forbiddenControlCharacter(String.valueOf(value), false) >= 0, String.valueOf(name),
                    "must not contain control characters"));
        }
        violations.throwIfAny();
        return true;
    }
}
