package org.stationatlas.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the production profile with the development secrets committed in this
 * repository, or with the fictitious demo data, so a forgotten environment variable
 * cannot ship a known key.
 */
@Component
@Profile("prod")
class ProductionGuard {

	static final String DEV_MARKER = "dev-only";

	ProductionGuard(Environment environment) {
		List<String> problems = problems(environment);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Refusing to start the prod profile: " + String.join("; ", problems));
		}
	}

	static List<String> problems(Environment environment) {
		List<String> problems = new ArrayList<>();
		if (environment.getProperty("app.security.jwt-secret", "").contains(DEV_MARKER)) {
			problems.add("APP_JWT_SECRET is the development default");
		}
		String activeKey = environment.getProperty("app.privacy.active-key-id", "");
		if (activeKey.startsWith("dev")) {
			problems.add("APP_PRIVACY_ACTIVE_KEY_ID names a development key");
		}
		Binder.get(environment)
			.bind("app.privacy.keys", Bindable.mapOf(String.class, String.class))
			.ifBound((keys) -> keys.forEach((id, value) -> {
				if (id.equals(activeKey) && decodesToDevKey(value)) {
					problems.add("the active privacy key is the development default");
				}
			}));
		if (decodesToDevKey(environment.getProperty("app.privacy.hmac-key", ""))) {
			problems.add("APP_PRIVACY_HMAC_KEY is the development default");
		}
		if (environment.getProperty("app.demo-data", Boolean.class, false)) {
			problems.add("APP_DEMO_DATA is on (fictitious people and known passwords)");
		}
		return problems;
	}

	private static boolean decodesToDevKey(String base64) {
		try {
			return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8).startsWith(DEV_MARKER);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
