package io.seamgraph.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title, description and HTTP Basic security scheme (/v3/api-docs, /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BASIC = "basic";

    @Bean
    OpenAPI seamgraphOpenApi() {
        return new OpenAPI()
            .info(new Info()
                .title("Seamgraph API")
                .version("v1")
                .description("""
                    Resolved customers and their journeys across the company's silos. Every /api operation needs \
                    HTTP Basic credentials of a user with role ANALYST (personal data masked) or ADMIN. Errors are \
                    RFC 9457 problem details; a problem with a parameter names it in 'parameter'.""")
                .license(new License().name("Apache-2.0")))
            .components(new Components().addSecuritySchemes(BASIC,
                new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
            .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
