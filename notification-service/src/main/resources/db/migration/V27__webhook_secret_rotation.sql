-- During a secret rotation the previous secret still signs (a second signature) until the window ends, so
-- receivers can switch to the new secret without losing a delivery.
alter table webhook_endpoint add column previous_secret_encrypted varchar(500);
alter table webhook_endpoint add column previous_secret_until timestamptz;
