-- A referral another system sent (a hospital's EPR through FHIR) keeps that system's identifier for it, as data: a
-- resend with the same identifier answers the referral it made, and the unique index makes a second impossible, even
-- when two resends race.
alter table referral
    add column sender_system    varchar(200),
    add column sender_reference varchar(200),
    add constraint referral_sender_whole check ((sender_system is null) = (sender_reference is null));

create unique index referral_sender_identifier on referral (sender_system, sender_reference)
    where sender_system is not null;
