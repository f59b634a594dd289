-- The hosts' idempotency keys (Bizloop.once): a key is kept with the transaction of its command.
-- Keys are any text: the primary key is the SHA-256 of the key's UTF-16 code units (hex), the
-- key itself is kept beside it for people reading the table.
CREATE TABLE bizloop_idempotency_key (
  key_hash  CHAR(64) PRIMARY KEY,
  key_text  TEXT     NOT NULL
);
