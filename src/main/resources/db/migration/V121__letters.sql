-- "What happens next" letters (issue 20): each version the person was given, kept. The facts that decide whether a
-- later letter is due (the plan as it stood) are columns, so the next letter compares data, never text; the PDF is
-- the letter exactly as written, rendered in the same transaction as the change that called for it.
create table written_letter (
    id              varchar(40)   primary key,
    referral_id     varchar(40)   not null references referral (id),
    number          integer       not null check (number >= 1),
    kind            varchar(20)   not null check (kind in ('TRIAGE', 'DISCHARGE', 'CHANGE')),
    format          varchar(20)   not null check (format in ('STANDARD', 'LARGE_PRINT', 'EASY_READ')),
    replaces        integer       check (replaces >= 1 and replaces < number),
    created_at      timestamptz   not null,
    created_by      varchar(100)  not null,
    pathway         integer       check (pathway between 0 and 3),
    provider_code   varchar(40),
    start_date      date,
    bed_code        varchar(40),
    discharged_on   date,
    funding_outcome varchar(40),
    pdf             bytea         not null,
    unique (referral_id, number)
);
