-- Who registered a DIRECT recipient (their token's subject): they may read and change it. Null for recipients
-- derived from project events, and for those registered before owners were recorded, which only admins and
-- the person they describe can reach.
alter table recipient add column owner_subject varchar(200);
create index recipient_owner_subject on recipient (owner_subject) where owner_subject is not null;
