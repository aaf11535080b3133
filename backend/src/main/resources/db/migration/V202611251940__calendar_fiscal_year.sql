-- Thai fiscal years (1 Oct – 30 Sep), named by their Buddhist-era year, with the program's
-- operation period, which the department sets each year (FY2568: 15 Nov 2567 – 15 Sep 2568).
create table fiscal_year (
    year                 integer      primary key check (year between 2500 and 2700),
    operation_starts_on  date         not null,
    operation_ends_on    date         not null,
    version              bigint       not null,
    updated_at           timestamptz  not null,
    updated_by           varchar(200) not null,
    check (operation_starts_on <= operation_ends_on),
    -- the operation period lies inside the fiscal year
    check (operation_starts_on >= make_date(year - 544, 10, 1)),
    check (operation_ends_on <= make_date(year - 543, 9, 30))
);

-- FY2568 is the letter's; the others follow its pattern until the department sets them.
insert into fiscal_year (year, operation_starts_on, operation_ends_on, version, updated_at, updated_by)
select y, make_date(y - 544, 11, 15), make_date(y - 543, 9, 15), 0, now(), 'migration'
from generate_series(2565, 2571) as y;
