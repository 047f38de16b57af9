package org.stationatlas.feed;

import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The partner feed's settings, under {@code app.feed}; every one has a default.
 *
 * @param settleSeconds how old a change must be before the feed returns it. Note that it
 * must exceed the longest write transaction on resources: a change stamped with an
 * {@code updated_at} but committed later than this would otherwise land behind a cursor a
 * client already holds.
 */
@ConfigurationProperties(prefix = "app.feed")
@Validated
record FeedProperties(@DefaultValue("5") @PositiveOrZero int settleSeconds) {
}
