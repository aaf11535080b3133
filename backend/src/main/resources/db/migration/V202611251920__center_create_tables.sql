-- Centers (ศูนย์ผู้นำจิตอาสาพัฒนาชุมชน), their members and each district's operating point.
-- district_code and province_code repeat the sub-district's prefixes so area-scoped queries are
-- plain indexed prefix filters.
create table center (
    id                uuid         primary key,
    subdistrict_code  varchar(6)   not null references subdistrict (code),
    district_code     varchar(4)   not null references district (code),
    province_code     varchar(2)   not null references province (code),
    name              varchar(200) not null,
    village_no        integer      check (village_no between 1 and 200),
    village_name      varchar(200),
    address           varchar(500),
    latitude          numeric(9, 6),
    longitude         numeric(9, 6),
    established_on    date,
    status            varchar(20)  not null check (status in ('ACTIVE', 'SUSPENDED', 'CLOSED')),
    status_reason     varchar(500),
    status_changed_on date,
    phone             varchar(20),
    notes             varchar(2000),
    -- why a second active center in the same sub-district is justified; null for the regular one
    exception_reason  varchar(500),
    version           bigint       not null,
    created_at        timestamptz  not null,
    created_by        varchar(200) not null,
    updated_at        timestamptz  not null,
    updated_by        varchar(200) not null,
    check (left(subdistrict_code, 4) = district_code and left(subdistrict_code, 2) = province_code),
    check ((latitude is null) = (longitude is null))
);
-- one regular active center per sub-district; justified exceptions are counted apart
create unique index center_one_active_per_subdistrict on center (subdistrict_code)
    where status = 'ACTIVE' and exception_reason is null;
create index center_subdistrict_idx on center (subdistrict_code varchar_pattern_ops, name);
create index center_district_idx on center (district_code, name);
create index center_province_idx on center (province_code, name);
create index center_updated_idx on center (updated_at, id);

create table center_member (
    id         uuid         primary key,
    center_id  uuid         not null references center (id),
    full_name  varchar(200) not null,
    role       varchar(30)  not null check (role in ('CHAIR', 'VICE_CHAIR', 'SECRETARY', 'TREASURER',
                                                     'COMMITTEE_MEMBER', 'VOLUNTEER_LEADER')),
    gender     varchar(10)  check (gender in ('FEMALE', 'MALE', 'OTHER')),
    phone      varchar(20),
    since      date,
    skills     varchar(1000),
    active     boolean      not null,
    version    bigint       not null,
    created_at timestamptz  not null,
    updated_at timestamptz  not null
);
create index center_member_center_idx on center_member (center_id, full_name);

-- จุดดำเนินการ: one per district, either one of its centers or an address of its own
create table operating_point (
    district_code varchar(4)   primary key references district (code),
    center_id     uuid         references center (id),
    address       varchar(500),
    latitude      numeric(9, 6),
    longitude     numeric(9, 6),
    version       bigint       not null,
    updated_at    timestamptz  not null,
    updated_by    varchar(200) not null,
    check (center_id is not null or address is not null),
    check ((latitude is null) = (longitude is null))
);
