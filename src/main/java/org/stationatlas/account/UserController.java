package org.stationatlas.account;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.stationatlas.station.Station;
import org.stationatlas.station.StationService;
import org.stationatlas.system.ClientInfo;
import org.stationatlas.system.Connection;
import org.stationatlas.system.NodeLoader;
import org.stationatlas.system.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL entry points for accounts and their personal data.
 */
@Controller
class UserController implements NodeLoader {

	private final UserService users;

	private final StationService stations;

	UserController(UserService users, StationService stations) {
		this.users = users;
		this.stations = stations;
	}

	@QueryMapping
	User me() {
		return this.users.me();
	}

	@QueryMapping
	Connection<User> users(@Argument UserInputs.UserFilter filter, @Argument Integer first, @Argument String after) {
		return this.users.find((filter != null) ? filter : UserInputs.UserFilter.NONE, PageRequest.of(first, after));
	}

	@QueryMapping
	User user(@Argument String id) {
		return this.users.findOne(id);
	}

	@MutationMapping
	UserInputs.UserPayload createUser(@Argument UserInputs.CreateUserInput input, @ContextValue ClientInfo clientInfo) {
		return this.users.create(input, clientInfo);
	}

	@MutationMapping
	UserInputs.UserPayload setUserStatus(@Argument UserInputs.SetUserStatusInput input,
			@ContextValue ClientInfo clientInfo) {
		return this.users.setStatus(input, clientInfo);
	}

	@MutationMapping
	UserInputs.UserPayload setMyConsent(@Argument SetMyConsentInput input, @ContextValue ClientInfo clientInfo) {
		return this.users.setMyConsent(Boolean.TRUE.equals(input.given()), clientInfo);
	}

	@MutationMapping
	UserInputs.UserPayload updateMyPhone(@Argument UpdateMyPhoneInput input, @ContextValue ClientInfo clientInfo) {
		return this.users.updateMyPhone(input.phone(), clientInfo);
	}

	@SchemaMapping
	String phone(User user) {
		return this.users.maskedPhone(user);
	}

	@SchemaMapping
	String phoneFull(User user, @ContextValue ClientInfo clientInfo) {
		return this.users.fullPhone(user, clientInfo);
	}

	@BatchMapping
	Map<User, Station> station(List<User> users) {
		Map<Long, Station> byKey = this.stations
			.findByKeys(users.stream().map(User::stationKey).filter((k) -> k != null).collect(Collectors.toSet()));
		Map<User, Station> result = new LinkedHashMap<>();
		users.forEach((u) -> result.put(u, (u.stationKey() != null) ? byKey.get(u.stationKey()) : null));
		return result;
	}

	record SetMyConsentInput(Boolean given) {
	}

	record UpdateMyPhoneInput(String phone) {
	}

	@Override
	public String typeName() {
		return User.TYPE;
	}

	@Override
	public Map<Long, ?> load(Collection<Long> keys) {
		return this.users.findVisible(keys);
	}

}
