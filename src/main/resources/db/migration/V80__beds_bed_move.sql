-- A step-down or step-up as data: who moved from which bed to which, and when. Written with the move itself, so
-- the dashboard's length of stay reads the beds left and taken instead of the referral timeline's prose.
create table bed_move (
    id            bigserial    primary key,
    referral_id   varchar(40)  not null,
    from_bed_code varchar(40)  not null references bed (code),
    to_bed_code   varchar(40)  not null references bed (code),
    moved_at      timestamptz  not null
);
create index bed_move_referral on bed_move (referral_id, moved_at);

-- Once: the moves made before this table existed, from the timeline's text, so the figures stay as they were.
-- Beds are never deleted or renamed, so every move recorded names two beds that still exist.
insert into bed_move (referral_id, from_bed_code, to_bed_code, moved_at)
select e.referral_id, m[1], m[2], e.at
from referral_event e
cross join lateral regexp_match(e.detail, '^Moved from bed (.+?) to bed (.+)$') m
where e.action = 'BED_MOVED'
order by e.id;
