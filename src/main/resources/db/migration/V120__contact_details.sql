-- How to reach the person and hand them over to whoever cares for them (issue 20): recorded with the referral,
-- editable until it closes. One row per referral at most. Shapes the API checks are checked here too, so no other
-- path can store a postcode or an ODS code the hub would refuse.
create table contact_details (
    referral_id         varchar(40)   primary key references referral (id),
    address             varchar(300),
    postcode            varchar(8)    check (postcode ~* '^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$'),
    phone               varchar(20),
    kin_name            varchar(100),
    kin_relationship    varchar(60),
    kin_phone           varchar(20),
    kin_consents        boolean       not null default false,
    gp_ods_code         varchar(6)    check (gp_ods_code ~ '^[A-Z][0-9]{5}$'),
    gp_name             varchar(120),
    large_print         boolean       not null default false,
    easy_read           boolean       not null default false,
    language            varchar(60),
    interpreter         boolean       not null default false,
    braille             boolean       not null default false,
    bsl                 boolean       not null default false,
    audio               boolean       not null default false,
    access_details      varchar(500),
    call_times          varchar(200),
    updated_at          timestamptz   not null,
    updated_by          varchar(100)  not null,
    version             bigint        not null default 0,
    -- nothing is shared with someone the hub has no name for
    constraint contact_details_consent_named check (not kin_consents or kin_name is not null)
);
