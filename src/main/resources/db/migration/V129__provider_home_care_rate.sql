-- A home-care provider's packages are priced at its hourly rate: the council's recharge to health (the funded
-- period's statement) multiplies it, so the database keeps the rule the API already checks. The hub never wrote
-- such a provider without a rate; a row written around it stops this migration, naming the constraint.
alter table provider
    add constraint provider_home_care_has_rate check (kind <> 'HOME_CARE' or hourly_rate is not null) not valid;
alter table provider validate constraint provider_home_care_has_rate;
