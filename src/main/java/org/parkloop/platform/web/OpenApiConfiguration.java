package org.parkloop.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's description: what it is and how a client authenticates (HTTP Basic or an API token). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI parkLoopOpenApi() {
		return new OpenAPI()
			.info(new Info().title("ParkLoop 园循 API")
				.version("v1")
				.description("The platform for the circular transformation (循环化改造) of industrial parks. "
						+ "Errors are RFC 9457 problem details in the language of Accept-Language (Chinese by default)."))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("An API token created on /account or with POST /api/v1/me/tokens")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}
}
