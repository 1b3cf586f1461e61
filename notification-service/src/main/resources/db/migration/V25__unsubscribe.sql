-- When the recipient followed the unsubscribe link of an e-mail: no more e-mail reaches them until it is cleared.
alter table recipient add column unsubscribed_at timestamptz;
