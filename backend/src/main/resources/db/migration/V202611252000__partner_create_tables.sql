-- The 7-sector partner network (step 4 of the guideline): partners, their support to centers
-- per fiscal year, and their part in activities.
create table partner (
    id              uuid         primary key,
    name            varchar(200) not null,
    -- the name reduced for duplicate detection (no spaces or punctuation, lower case)
    name_key        varchar(200) not null,
    sector          varchar(20)  not null check (sector in ('GOVERNMENT', 'RELIGION', 'EDUCATION', 'PRIVATE',
                                                            'PEOPLE', 'CIVIL_SOCIETY', 'MEDIA')),
    kind            varchar(100),
    contact_person  varchar(200),
    contact_phone   varchar(20),
    -- the province (2 digits) or district (4 digits) the partner works in
    area_code       varchar(4)   not null check (area_code ~ '^([0-9]{2}|[0-9]{4})$'),
    province_code   varchar(2)   not null references province (code),
    mou_on          date,
    active          boolean      not null,
    version         bigint       not null,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    check (left(area_code, 2) = province_code)
);
create index partner_area_idx on partner (area_code varchar_pattern_ops, name);
create index partner_province_key_idx on partner (province_code, name_key);

create table partner_link (
    id                 uuid          primary key,
    partner_id         uuid          not null references partner (id),
    center_id          uuid          not null references center (id),
    subdistrict_code   varchar(6)    not null references subdistrict (code),
    fiscal_year        integer       not null,
    supports_knowledge boolean       not null,
    supports_resources boolean       not null,
    supports_scaling   boolean       not null,
    supports_budget    boolean       not null,
    budget_baht        numeric(14, 2) check (budget_baht >= 0),
    starts_on          date,
    ends_on            date,
    version            bigint        not null,
    created_at         timestamptz   not null,
    created_by         varchar(200)  not null,
    updated_at         timestamptz   not null,
    updated_by         varchar(200)  not null,
    check (supports_knowledge or supports_resources or supports_scaling or supports_budget),
    check (budget_baht is null or supports_budget),
    check (starts_on is null or ends_on is null or starts_on <= ends_on),
    unique (partner_id, center_id, fiscal_year)
);
create index partner_link_center_idx on partner_link (center_id, fiscal_year);
create index partner_link_area_idx on partner_link (fiscal_year, subdistrict_code varchar_pattern_ops);
create index partner_link_partner_idx on partner_link (partner_id);

create table activity_partner (
    activity_id uuid not null references activity (id),
    partner_id  uuid not null references partner (id),
    primary key (activity_id, partner_id)
);
create index activity_partner_partner_idx on activity_partner (partner_id);
