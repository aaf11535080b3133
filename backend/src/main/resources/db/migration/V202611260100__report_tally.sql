-- Reports per deadline, province, state and first-submission timeliness, behind the national
-- completeness matrix. Reading every district's report for a year's deadlines (878 x 5) cost tens
-- of milliseconds per request; this table holds the same counts, kept by a trigger in the
-- transaction that changes a report, so the matrix reads a few rows per province and is never
-- stale. Districts without a report are the province's districts minus its reports. on_time is
-- false until a first submission says otherwise. No check >= 0 (see V202611252200).
create table report_tally (
    deadline_id   uuid        not null references deadline (id),
    province_code varchar(2)  not null references province (code),
    state         varchar(20) not null,
    on_time       boolean     not null,
    reports       integer     not null,
    primary key (deadline_id, province_code, state, on_time)
);

create function tally_report(p_deadline uuid, p_district varchar, p_state varchar, p_on_time boolean,
                             p_delta integer) returns void
language plpgsql as $$
begin
    insert into report_tally as t (deadline_id, province_code, state, on_time, reports)
    values (p_deadline, left(p_district, 2), p_state, coalesce(p_on_time, false), p_delta)
    on conflict (deadline_id, province_code, state, on_time) do update set reports = t.reports + excluded.reports;
end $$;

-- A change moves one count from the old state to the new one; the two rows are locked in key
-- order (state, then on_time) so two reports of a province changing in opposite directions
-- (submitted while another is returned) cannot deadlock.
create function report_tally_trigger() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform tally_report(new.deadline_id, new.district_code, new.state, new.on_time, 1);
    elsif tg_op = 'DELETE' then
        perform tally_report(old.deadline_id, old.district_code, old.state, old.on_time, -1);
    elsif (old.deadline_id, left(old.district_code, 2), old.state, coalesce(old.on_time, false))
          < (new.deadline_id, left(new.district_code, 2), new.state, coalesce(new.on_time, false)) then
        perform tally_report(old.deadline_id, old.district_code, old.state, old.on_time, -1);
        perform tally_report(new.deadline_id, new.district_code, new.state, new.on_time, 1);
    else
        perform tally_report(new.deadline_id, new.district_code, new.state, new.on_time, 1);
        perform tally_report(old.deadline_id, old.district_code, old.state, old.on_time, -1);
    end if;
    return null;
end $$;

create trigger report_tally after insert or delete on district_report
    for each row execute function report_tally_trigger();
-- an edit of the narrative or figures changes no count
create trigger report_tally_changed after update on district_report
    for each row
    when ((old.deadline_id, old.district_code, old.state, coalesce(old.on_time, false))
          is distinct from (new.deadline_id, new.district_code, new.state, coalesce(new.on_time, false)))
    execute function report_tally_trigger();

insert into report_tally (deadline_id, province_code, state, on_time, reports)
select deadline_id, left(district_code, 2), state, coalesce(on_time, false), count(*)
from district_report
group by 1, 2, 3, 4;

-- Activities per type and province for the national coverage matrix, kept from district_type_tally
-- by a trigger, so the nation reads 76 x 18 rows instead of summing ~15k district rows a year.
create table province_type_tally (
    province_code varchar(2)  not null references province (code),
    fiscal_year   integer     not null,
    activity_type varchar(40) not null,
    activities    integer     not null,
    primary key (fiscal_year, province_code, activity_type)
);

create function province_type_tally_trigger() returns trigger
language plpgsql as $$
declare
    v_row district_type_tally := coalesce(new, old);
begin
    insert into province_type_tally as t (province_code, fiscal_year, activity_type, activities)
    values (left(v_row.district_code, 2), v_row.fiscal_year, v_row.activity_type,
            coalesce(new.activities, 0) - coalesce(old.activities, 0))
    on conflict (fiscal_year, province_code, activity_type) do update set activities = t.activities + excluded.activities;
    return null;
end $$;

-- tally_activity only ever changes a row's count, never its key
create trigger province_type_tally after insert or update or delete on district_type_tally
    for each row execute function province_type_tally_trigger();

insert into province_type_tally (province_code, fiscal_year, activity_type, activities)
select left(district_code, 2), fiscal_year, activity_type, sum(activities)
from district_type_tally
group by 1, 2, 3;
