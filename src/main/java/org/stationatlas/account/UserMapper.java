package org.stationatlas.account;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import org.stationatlas.security.Role;

/**
 * Account rows. Note that every list query takes the caller's station scope as a
 * parameter.
 */
@Mapper
interface UserMapper {

	User findByUsername(@Param("username") String username);

	User findByOpenid(@Param("openid") String openid);

	List<User> findByKeys(@Param("keys") Collection<Long> keys, @Param("stationScope") Long stationScope);

	List<User> findPage(@Param("stationScope") Long stationScope, @Param("role") Role role,
			@Param("pattern") String pattern, @Param("afterKey") Long afterKey, @Param("limit") int limit);

	long count(@Param("stationScope") Long stationScope, @Param("role") Role role, @Param("pattern") String pattern);

	void insert(NewUser user);

	/** Binds a WeChat identity to an account that has none yet. */
	int bindOpenid(@Param("key") long key, @Param("openid") String openid, @Param("unionid") String unionid,
			@Param("now") OffsetDateTime now);

	void setConsent(@Param("key") long key, @Param("given") boolean given, @Param("now") OffsetDateTime now);

	void setPhone(@Param("key") long key, @Param("cipher") String cipher, @Param("hmac") String hmac,
			@Param("now") OffsetDateTime now);

	int setStatus(@Param("key") long key, @Param("status") User.AccountStatus status,
			@Param("stationScope") Long stationScope, @Param("now") OffsetDateTime now);

	/** An account to insert; MyBatis writes the generated id back. */
	class NewUser {

		Long key;

		String username;

		String passwordHash;

		String displayName;

		Role role;

		Long stationKey;

		String wechatOpenid;

		String wechatUnionid;

		String phoneCipher;

		String phoneHmac;

		OffsetDateTime now;

	}

}
