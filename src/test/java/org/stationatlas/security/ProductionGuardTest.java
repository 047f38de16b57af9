package org.stationatlas.security;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionGuardTest {

	static final String DEV_PRIVACY_KEY = "ZGV2LW9ubHktcHJpdmFjeS1rZXktMDEyMzQ1Njc4OWE=";

	static final String REAL_KEY = "cmVhbC1rZXktZnJvbS10aGUtdmF1bHQtMDEyMzQ1Njc=";

	@Test
	void refusesEveryDevelopmentSecretAndTheDemoData() {
		MockEnvironment dev = new MockEnvironment().withProperty("app.security.jwt-secret", "dev-only-jwt-secret-x")
			.withProperty("app.privacy.active-key-id", "dev1")
			.withProperty("app.privacy.keys.dev1", DEV_PRIVACY_KEY)
			.withProperty("app.privacy.hmac-key", "ZGV2LW9ubHktaG1hYy1rZXktMDEyMzQ1Njc4OWFiY2Q=")
			.withProperty("app.demo-data", "true");
		assertThat(ProductionGuard.problems(dev)).hasSize(5);
		assertThatThrownBy(() -> new ProductionGuard(dev)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("APP_JWT_SECRET");
	}

	@Test
	void acceptsRealSecrets() {
		MockEnvironment prod = new MockEnvironment()
			.withProperty("app.security.jwt-secret", "a-real-secret-from-the-vault-0123456789")
			.withProperty("app.privacy.active-key-id", "k2026")
			.withProperty("app.privacy.keys.k2026", REAL_KEY)
			.withProperty("app.privacy.keys.dev1", DEV_PRIVACY_KEY)
			.withProperty("app.privacy.hmac-key", REAL_KEY)
			.withProperty("app.demo-data", "false");
		assertThat(ProductionGuard.problems(prod)).isEmpty();
	}

}
