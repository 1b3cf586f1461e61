-- The e-mail of a resource's person (ResourceCreated / ResourceUpdated person.email), so that plans imported from
-- MS Project can match their resources with the suite's by e-mail. Null for equipment, budget pools and
-- resources whose event carried no person (or was applied before this column existed, until the next update).
alter table resource_rate_version add column email varchar(320);
create index resource_rate_version_email on resource_rate_version (lower(email));
create index resource_rate_version_name on resource_rate_version (lower(name));
