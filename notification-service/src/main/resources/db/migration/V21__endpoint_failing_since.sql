-- Since when every attempt to the endpoint has failed (null while it answers): an endpoint failing for longer
-- than implementa.notification.delivery.disable-endpoint-after is disabled.
alter table webhook_endpoint add column failing_since timestamptz;
