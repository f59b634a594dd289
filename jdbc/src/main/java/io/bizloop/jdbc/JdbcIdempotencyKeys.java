package io.bizloop.jdbc;

import io.bizloop.loop.IdempotencyKeys;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Idempotency keys in {@code bizloop_idempotency_key}, one row per key inserted in the caller's
 * transaction (kept or undone with it); a concurrent insert of the same key waits for the other
 * transaction and then finds the key remembered (PostgreSQL), or is retried (H2).
 */
final class JdbcIdempotencyKeys implements IdempotencyKeys {

  private final Sql sql;

  JdbcIdempotencyKeys(Sql sql) {
    this.sql = sql;
  }

  @Override
  public boolean remember(String key) {
    Objects.requireNonNull(key, "key");
    return sql.insertIfAbsent("bizloop_idempotency_key", List.of("key_hash", "key_text"), 1, hash(key), key) == 1;
  }

  /** SHA-256 of the key's UTF-16 code units: any text, lone surrogates included, has its own hash. */
  static String hash(String key) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < key.length(); i++) {
        char c = key.charAt(i);
        digest.update((byte) (c >>> 8));
        digest.update((byte) c);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
