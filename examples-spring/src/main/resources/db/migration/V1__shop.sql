-- The shop's own table, migrated by the shop's own Flyway (history in flyway_schema_history),
-- beside bizloop's tables (classpath:db/bizloop, history in bizloop_schema_history).
CREATE TABLE shop_order_note (
  order_id   VARCHAR(64)  PRIMARY KEY,
  note       VARCHAR(500),
  created_at TIMESTAMP    NOT NULL
);
