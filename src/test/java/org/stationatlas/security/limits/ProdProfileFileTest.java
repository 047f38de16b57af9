package org.stationatlas.security.limits;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the {@code prod} profile turns off, read from the file itself: a context cannot
 * start with the profile here, because the production guard rightly refuses the test
 * servers' demo data and development secrets.
 */
class ProdProfileFileTest {

	@Test
	void turnsOffIntrospectionGraphiqlThePrintedSchemaAndTheDemoData() throws IOException {
		PropertySource<?> prod = new YamlPropertySourceLoader()
			.load("prod", new ClassPathResource("application-prod.yaml"))
			.get(0);
		assertThat(prod.getProperty("spring.graphql.schema.introspection.enabled")).isEqualTo(false);
		assertThat(prod.getProperty("spring.graphql.graphiql.enabled")).isEqualTo(false);
		assertThat(prod.getProperty("spring.graphql.schema.printer.enabled")).isEqualTo(false);
		assertThat(prod.getProperty("app.demo-data")).isEqualTo(false);
	}

}
