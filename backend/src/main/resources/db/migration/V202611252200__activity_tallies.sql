-- Running tallies behind the national and provincial compliance and coverage figures.
-- Grouping 250k activities by center on every dashboard read costs ~150 ms; these tables hold the
-- same counts, kept by triggers in the transaction that changes an activity or a center's status,
-- so a read touches at most one row per district and sees every committed write at once.
-- quarter 0 holds the whole fiscal year. Counts carry no check >= 0: PostgreSQL checks the row an
-- upsert proposes (a delta of -1) before it finds the row the delta applies to.

-- activities per center and period, whatever the center's status
create table center_tally (
    center_id    uuid    not null references center (id),
    fiscal_year  integer not null,
    quarter      integer not null check (quarter between 0 and 4),
    mission      integer not null,
    dimension    integer not null,
    national_day integer not null,
    primary key (center_id, fiscal_year, quarter)
);

-- the district's ACTIVE centers only, as the compliance rule counts them
create table district_tally (
    district_code     varchar(4) not null references district (code),
    fiscal_year       integer    not null,
    quarter           integer    not null check (quarter between 0 and 4),
    compliant_centers integer    not null,
    mission           integer    not null,
    dimension         integer    not null,
    national_day      integer    not null,
    primary key (fiscal_year, quarter, district_code)
);

-- activities per type for the coverage matrix, over all centers
create table district_type_tally (
    district_code varchar(4)  not null references district (code),
    fiscal_year   integer     not null,
    activity_type varchar(40) not null,
    activities    integer     not null,
    primary key (fiscal_year, district_code, activity_type)
);

create index center_active_district_idx on center (district_code) where status = 'ACTIVE';

-- Adds delta activities of a category to a center's period, and what that changes to its
-- district's figures while the center is active. Locks rows in one order (center, then district;
-- the quarter before the year) so concurrent writers cannot deadlock.
create function tally_activity(p_center uuid, p_year integer, p_quarter integer, p_category varchar,
                               p_type varchar, p_delta integer) returns void
language plpgsql as $$
declare
    v_district  varchar(4);
    v_active    boolean;
    v_period    integer;
    v_after     integer;
    v_mission   integer := case when p_category = 'MISSION' then p_delta else 0 end;
    v_dimension integer := case when p_category = 'DIMENSION' then p_delta else 0 end;
    v_national  integer := case when p_category = 'NATIONAL_DAY' then p_delta else 0 end;
begin
    select district_code, status = 'ACTIVE' into v_district, v_active from center where id = p_center;
    foreach v_period in array array[p_quarter, 0] loop
        insert into center_tally as t (center_id, fiscal_year, quarter, mission, dimension, national_day)
        values (p_center, p_year, v_period, v_mission, v_dimension, v_national)
        on conflict (center_id, fiscal_year, quarter) do update
            set mission = t.mission + excluded.mission,
                dimension = t.dimension + excluded.dimension,
                national_day = t.national_day + excluded.national_day
        returning mission + dimension + national_day into v_after;
        if v_active then
            insert into district_tally as t (district_code, fiscal_year, quarter, compliant_centers, mission, dimension, national_day)
            values (v_district, p_year, v_period, (v_after > 0)::int - (v_after - p_delta > 0)::int,
                    v_mission, v_dimension, v_national)
            on conflict (fiscal_year, quarter, district_code) do update
                set compliant_centers = t.compliant_centers + excluded.compliant_centers,
                    mission = t.mission + excluded.mission,
                    dimension = t.dimension + excluded.dimension,
                    national_day = t.national_day + excluded.national_day;
        end if;
    end loop;
    insert into district_type_tally as t (district_code, fiscal_year, activity_type, activities)
    values (v_district, p_year, p_type, p_delta)
    on conflict (fiscal_year, district_code, activity_type) do update set activities = t.activities + excluded.activities;
end $$;

create function activity_tally_trigger() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform tally_activity(old.center_id, old.fiscal_year, old.quarter, old.category, old.activity_type, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform tally_activity(new.center_id, new.fiscal_year, new.quarter, new.category, new.activity_type, 1);
    end if;
    return null;
end $$;

create trigger activity_tally after insert or delete on activity
    for each row execute function activity_tally_trigger();
-- an edit that keeps the period, category and type changes no count
create trigger activity_tally_moved after update on activity
    for each row
    when ((old.center_id, old.fiscal_year, old.quarter, old.category, old.activity_type)
          is distinct from (new.center_id, new.fiscal_year, new.quarter, new.category, new.activity_type))
    execute function activity_tally_trigger();

-- A center that becomes active brings its tallies into its district's figures; one that stops
-- being active takes them out.
create function center_status_tally_trigger() returns trigger
language plpgsql as $$
declare
    v_sign integer := case when new.status = 'ACTIVE' then 1 else -1 end;
begin
    insert into district_tally as d (district_code, fiscal_year, quarter, compliant_centers, mission, dimension, national_day)
    select new.district_code, t.fiscal_year, t.quarter, v_sign * (t.mission + t.dimension + t.national_day > 0)::int,
           v_sign * t.mission, v_sign * t.dimension, v_sign * t.national_day
    from center_tally t
    where t.center_id = new.id
    order by t.fiscal_year, t.quarter = 0, t.quarter
    on conflict (fiscal_year, quarter, district_code) do update
        set compliant_centers = d.compliant_centers + excluded.compliant_centers,
            mission = d.mission + excluded.mission,
            dimension = d.dimension + excluded.dimension,
            national_day = d.national_day + excluded.national_day;
    return null;
end $$;

create trigger center_status_tally after update on center
    for each row
    when ((old.status = 'ACTIVE') is distinct from (new.status = 'ACTIVE'))
    execute function center_status_tally_trigger();

-- Recounts every tally from the activities; for bulk loads that ran with triggers off, and for
-- an operator who doubts them. Takes a lock so no activity changes while it counts.
create function rebuild_activity_tallies() returns void
language plpgsql as $$
begin
    lock table activity, center in share mode;
    delete from district_type_tally;
    delete from district_tally;
    delete from center_tally;
    insert into center_tally (center_id, fiscal_year, quarter, mission, dimension, national_day)
    select center_id, fiscal_year, period,
           count(*) filter (where category = 'MISSION'),
           count(*) filter (where category = 'DIMENSION'),
           count(*) filter (where category = 'NATIONAL_DAY')
    from activity, lateral (values (quarter), (0)) as p (period)
    group by center_id, fiscal_year, period;
    insert into district_tally (district_code, fiscal_year, quarter, compliant_centers, mission, dimension, national_day)
    select c.district_code, t.fiscal_year, t.quarter, count(*) filter (where t.mission + t.dimension + t.national_day > 0),
           sum(t.mission), sum(t.dimension), sum(t.national_day)
    from center_tally t join center c on c.id = t.center_id
    where c.status = 'ACTIVE'
    group by c.district_code, t.fiscal_year, t.quarter;
    insert into district_type_tally (district_code, fiscal_year, activity_type, activities)
    select c.district_code, a.fiscal_year, a.activity_type, count(*)
    from activity a join center c on c.id = a.center_id
    group by c.district_code, a.fiscal_year, a.activity_type;
end $$;

select rebuild_activity_tallies();
