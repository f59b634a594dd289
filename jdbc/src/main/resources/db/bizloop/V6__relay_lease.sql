-- The outbox relays' turns: a relay publishes only while it holds its name's row locked
-- (SELECT ... FOR UPDATE SKIP LOCKED, in the transaction that marks what it published), so two
-- relays over one database never publish at the same time; the lock goes with the transaction
-- (a relay that dies mid-batch releases it with its connection). holder and relayed_at are for
-- people reading the table: who relayed last, and when.
CREATE TABLE bizloop_relay_lease (
  name        VARCHAR(128) PRIMARY KEY,
  holder      VARCHAR(255),
  relayed_at  TIMESTAMP
);
