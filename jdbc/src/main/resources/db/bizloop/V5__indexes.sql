-- Which confirmed orders wait for which sku (a positive backorder, not cancelled), and from which
-- warehouse they may be filled (NULL: any): the index inventory asks whenever stock becomes
-- available, kept by every save of an order allocation. A store opened on books from before
-- this version fills it once from the allocations.
CREATE TABLE bizloop_backorder (
  sku          VARCHAR(128) NOT NULL,
  order_id     VARCHAR(128) NOT NULL,
  confirmation BIGINT       NOT NULL,
  warehouse    VARCHAR(128),
  PRIMARY KEY (sku, order_id)
);
CREATE INDEX bizloop_backorder_order ON bizloop_backorder (order_id);
CREATE INDEX bizloop_backorder_waiting ON bizloop_backorder (sku, confirmation);

-- A sales order's customer as a real column, so that a customer's orders (its credit exposure)
-- are one indexed query; a store opened on books from before this version fills it once.
ALTER TABLE bizloop_sales_order ADD COLUMN customer_id VARCHAR(128);
CREATE INDEX bizloop_sales_order_customer ON bizloop_sales_order (customer_id);

-- What the store must fill from the snapshots at its next open (books from before this version):
-- one row per fill, deleted when done.
CREATE TABLE bizloop_pending_fill (
  name VARCHAR(64) PRIMARY KEY
);
INSERT INTO bizloop_pending_fill (name) SELECT 'backorder' FROM bizloop_order_allocation FETCH FIRST 1 ROWS ONLY;
INSERT INTO bizloop_pending_fill (name) SELECT 'sales_order_customer' FROM bizloop_sales_order FETCH FIRST 1 ROWS ONLY;
