-- A bed-based provider files its status return per setting: one return a day for the provider as a whole (as
-- before), and one a day for each setting it names.
alter table status_return add column setting_id bigint references care_setting (id);
alter table status_return drop constraint status_return_one_per_day;
create unique index status_return_one_per_day on status_return (provider_id, return_date) where setting_id is null;
create unique index status_return_one_per_setting_day on status_return (setting_id, return_date)
    where setting_id is not null;

-- A setting closed by its provider's own return reopens on a later return that says it can admit; a closure made
-- by the hub reopens only when the hub says so.
alter table care_setting add column closed_by_return boolean not null default false;
alter table care_setting add constraint care_setting_closed_by_return_is_closed
    check (not closed_by_return or not accepting_admissions);
