-- A token bucket holding at most ARGV[1] tokens, refilled evenly over a minute; one token per request.
-- KEYS[1]: the caller's bucket (a hash: tokens, ms). Returns {allowed 0|1, whole tokens left, ms until the next token}.
-- Note that the clock is the Redis server's TIME, not the caller's: every application instance then reads one
-- clock, so a skewed or restarted instance cannot refill a bucket early or late. Scripts may write after TIME
-- since Redis 5 (effects replication).
local capacity = tonumber(ARGV[1])
local perMs = capacity / 60000
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'ms')
local tokens = tonumber(state[1]) or capacity
local last = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - last) * perMs)
local allowed = 0
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  wait = math.ceil((1 - tokens) / perMs)
end
redis.call('HSET', KEYS[1], 'tokens', tokens, 'ms', now)
-- Note that a bucket left alone until it is full again equals a missing one, so it may expire then.
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / perMs) + 1000)
return {allowed, math.floor(tokens), wait}
