-- Thailand's official administrative geography (DOPA geocodes). Reference data: loaded by the
-- next migration from db/seed/th-admin, read-only for the application.
create table province (
    code    varchar(2)   primary key check (code ~ '^[0-9]{2}$'),
    name_th varchar(100) not null,
    name_en varchar(100) not null
);

create table district (
    code          varchar(4)   primary key check (code ~ '^[0-9]{4}$'),
    province_code varchar(2)   not null references province (code),
    name_th       varchar(100) not null,
    name_en       varchar(100) not null,
    check (left(code, 2) = province_code)
);
create index district_province_idx on district (province_code);

create table subdistrict (
    code          varchar(6)   primary key check (code ~ '^[0-9]{6}$'),
    district_code varchar(4)   not null references district (code),
    province_code varchar(2)   not null references province (code),
    name_th       varchar(100) not null,
    name_en       varchar(100) not null,
    postal_code   varchar(5)   check (postal_code ~ '^[0-9]{5}$'),
    latitude      numeric(9, 6),
    longitude     numeric(9, 6),
    check (left(code, 4) = district_code and left(code, 2) = province_code)
);
create index subdistrict_district_idx on subdistrict (district_code);
create index subdistrict_province_idx on subdistrict (province_code);
