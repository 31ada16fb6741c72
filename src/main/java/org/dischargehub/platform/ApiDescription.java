package org.dischargehub.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every operation of the API shares, written once: HTTP Basic, and the RFC 9457 problems it answers with
 * (400 invalid input with {@code errors: [{field, message}]}, 401, 403, 404 for an unknown id in the path, 409 for a
 * change the state does not allow, and any other error as a problem too). The operations themselves are described
 * by their controllers.
 */
@Configuration
@SuppressWarnings("rawtypes")
class ApiDescription {

    static final String BASIC = "basic";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI hubApi() {
        return new OpenAPI()
                .info(new Info().title("Discharge Hub API").version("1.1").description(
                        "The contract with hospital systems, home-care providers' rostering systems and commissioners."
                                + " JSON in and out; dates 2026-11-23, instants 2026-11-23T10:15:30Z; errors are "
                                + "application/problem+json."))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The application's user accounts, the same as the UI's sign-in")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /** A customizer, not the bean above: springdoc drops schemas that nothing refers to before customizers run. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            optionalMeansNullable(api);
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach(
                    (method, operation) -> addProblems(path, method, operation)));
        };
    }

    /**
     * In a request body an optional field may be sent as null, which means the same as leaving it out; the records
     * that bodies are read into say so by not requiring the field.
     */
    private static void optionalMeansNullable(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        api.getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream())
                .filter(operation -> operation.getRequestBody() != null)
                .flatMap(operation -> operation.getRequestBody().getContent().values().stream())
                .flatMap(media -> bodySchemas(media.getSchema()))
                .map(ref -> schemas.get(ref.substring(ref.lastIndexOf('/') + 1)))
                .filter(schema -> schema != null && schema.getProperties() != null)
                .forEach(schema -> schema.getProperties().forEach((name, property) -> {
                    if (schema.getRequired() == null || !schema.getRequired().contains(name)) {
                        ((Schema<?>) property).setNullable(true);
                    }
                }));
    }

    private static Stream<String> bodySchemas(Schema<?> schema) {
        if (schema == null) {
            return Stream.empty();
        }
        Stream<String> alternatives = schema.getOneOf() == null ? Stream.empty()
                : schema.getOneOf().stream().map(Schema::get$ref);
        return Stream.concat(Stream.ofNullable(schema.get$ref()), alternatives).filter(ref -> ref != null);
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        problem(operation, "400", "Invalid input: errors names each field (query, path or body) and what is wrong");
        problem(operation, "401", "Not signed in: send HTTP Basic credentials");
        problem(operation, "403", "Signed in but not allowed (including another provider's data)");
        if (path.contains("{")) {
            problem(operation, "404", "No such record");
        }
        if (method != PathItem.HttpMethod.GET) {
            problem(operation, "409", "The state does not allow it, or the capacity is no longer there; nothing "
                    + "changed");
        }
        problem(operation, "default", "Any other error, as a problem");
    }

    private static void problem(Operation operation, String status, String description) {
        if (!operation.getResponses().containsKey(status)) {
            operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    private static Schema problemSchema() {
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field, query or path parameter"))
                .addProperty("message", new StringSchema())
                .required(List.of("field", "message"));
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().nullable(true))
                .addProperty("errors", new ArraySchema().items(error).description("Invalid input: one per field"))
                .addProperty("existingReferralId", new StringSchema().description(
                        "409 to a referral of a person who has an open one: that referral"))
                .required(List.of("title", "status", "detail"));
    }
}
