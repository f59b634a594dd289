-- The company's settings the books were opened with: stored at the first open, checked at every open.
CREATE TABLE bizloop_settings (
  name  VARCHAR(64)  PRIMARY KEY,
  setting_value VARCHAR(512) NOT NULL
);
