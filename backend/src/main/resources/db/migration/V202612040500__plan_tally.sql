-- Running tallies behind the driving plans' area summary (GET /plans/summary): each plan's planned
-- lines and lines done, as PlanAgainstActual counts them, and per district and year the plans, the
-- confirmed ones, their lines and lines done. Measuring every plan of the nation against its center's
-- activities on each read costs hundreds of milliseconds (~6,700 plans, ~54,000 lines, ~80,000
-- activities a year). Triggers keep both tables in the transaction that changes a plan, its lines or
-- its center's activity tally, so a read of the nation or a province sums at most one row per
-- district, a read of a district one row per plan, and every committed write shows at once.
--
-- The rule, counted: PlanAgainstActual gives each activity to one line at most, own type first, then
-- any type of the same category; so in a quarter the lines of a category done (as planned or
-- differently) are min(lines of that category planned, activities of that category held). The
-- activities held per center, quarter and category are center_tally's (live activities only).
-- The type -> category mapping below is ActivityType.category(); PlanTallyTest proves the two agree
-- for every type.
create table plan_tally (
    plan_id        uuid       primary key references driving_plan (id) on delete cascade,
    -- the plan's, which never change: kept here so a deleted row still says where to subtract it
    district_code  varchar(4) not null,
    fiscal_year    integer    not null,
    lines          integer    not null,
    done           integer    not null
);

-- Counts carry no check >= 0, as in the activity tallies: an upsert's proposed row holds a delta.
create table district_plan_tally (
    district_code  varchar(4) not null references district (code),
    fiscal_year    integer    not null,
    plans          integer    not null,
    confirmed      integer    not null,
    lines          integer    not null,
    done           integer    not null,
    primary key (fiscal_year, district_code)
);

create function add_district_plan_tally(p_district varchar, p_year integer, p_plans integer, p_confirmed integer,
                                        p_lines integer, p_done integer) returns void
language sql as $$
    insert into district_plan_tally as d (district_code, fiscal_year, plans, confirmed, lines, done)
    values (p_district, p_year, p_plans, p_confirmed, p_lines, p_done)
    on conflict (fiscal_year, district_code) do update
        set plans = d.plans + excluded.plans, confirmed = d.confirmed + excluded.confirmed,
            lines = d.lines + excluded.lines, done = d.done + excluded.done
$$;

create function activity_type_category(p_type varchar) returns varchar
language sql immutable as $$
    select case
        when p_type in ('FRIDGE_AND_MEDICINE_CABINET', 'LABOUR_SHARING_BANK', 'THREE_TREES', 'HOUSEHOLD_ACCOUNTS',
                        'WASTE_FOR_GOLD', 'HERITAGE_MEMORY', 'OCCUPATION_SHARING', 'ENERGY_SAVING',
                        'FOUR_DIRECTIONS_MARKET', 'SUFFICIENCY_VILLAGE') then 'MISSION'
        when p_type in ('HEALTH', 'EDUCATION', 'OCCUPATION_INCOME', 'LIVING_CONDITIONS', 'STATE_SERVICES') then 'DIMENSION'
        when p_type in ('DEVELOPMENT_VOLUNTEER', 'DISASTER_VOLUNTEER', 'SPECIAL_TASK_VOLUNTEER') then 'NATIONAL_DAY'
    end
$$;

-- Recounts the plans given: lines planned, and lines done per quarter and category as
-- min(planned, held). A plan without lines counts 0 and 0.
create function recount_plan_tally(p_plans uuid[]) returns void
language plpgsql as $$
begin
    insert into plan_tally as pt (plan_id, district_code, fiscal_year, lines, done)
    select p.id, left(p.subdistrict_code, 4), p.fiscal_year, coalesce(sum(l.planned), 0),
           coalesce(sum(least(l.planned, coalesce(case l.category when 'MISSION' then t.mission
                                                                  when 'DIMENSION' then t.dimension
                                                                  when 'NATIONAL_DAY' then t.national_day end, 0))), 0)
    from driving_plan p
    left join (select dl.plan_id, dl.quarter, activity_type_category(dl.activity_type) as category, count(*) as planned
               from driving_plan_line dl
               where dl.plan_id = any (p_plans)
               group by 1, 2, 3) l on l.plan_id = p.id
    left join center_tally t on t.center_id = p.center_id and t.fiscal_year = p.fiscal_year and t.quarter = l.quarter
    where p.id = any (p_plans)
    group by p.id
    on conflict (plan_id) do update set lines = excluded.lines, done = excluded.done
        where (pt.lines, pt.done) is distinct from (excluded.lines, excluded.done);
end $$;

-- A plan's counts go to its district's row; a row recounted, added or deleted adds the difference.
create function plan_tally_district_trigger() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform add_district_plan_tally(old.district_code, old.fiscal_year, 0, 0, -old.lines, -old.done);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform add_district_plan_tally(new.district_code, new.fiscal_year, 0, 0, new.lines, new.done);
    end if;
    return null;
end $$;

create trigger plan_tally_district after insert or update or delete on plan_tally
    for each row execute function plan_tally_district_trigger();

-- Writers of one center's plan and activities lock the center's row before they recount, so a
-- recount always runs after the other writer committed and sees what it wrote. (A row lock, not an
-- advisory one: a rebuild of every tally takes one per center, not one per row it recounts.) Each
-- writer takes it after the rows it changes (plan lines; the center's quarter tally), never before,
-- so the two kinds of writer cannot wait for each other in a cycle.
create function lock_center(p_centers uuid[]) returns void
language plpgsql as $$
begin
    perform 1 from center where id = any (p_centers) order by id for no key update;
end $$;

create function plan_line_tally_trigger() returns trigger
language plpgsql as $$
declare
    v_plans uuid[];
begin
    v_plans := array(select distinct plan_id from changed_lines);
    perform lock_center(array(select center_id from driving_plan where id = any (v_plans)));
    perform recount_plan_tally(v_plans);
    return null;
end $$;

-- a save replaces the plan's lines (a delete, then inserts): one recount per statement, of the plans it touched
create trigger plan_line_tally_insert after insert on driving_plan_line
    referencing new table as changed_lines for each statement execute function plan_line_tally_trigger();
create trigger plan_line_tally_update after update on driving_plan_line
    referencing new table as changed_lines for each statement execute function plan_line_tally_trigger();
create trigger plan_line_tally_delete after delete on driving_plan_line
    referencing old table as changed_lines for each statement execute function plan_line_tally_trigger();

-- An activity recorded, moved or voided changes its center's quarter tally; the center's plan of that
-- year (if any) is recounted. Quarter 0 (the whole year) plays no part.
create function center_tally_plan_trigger() returns trigger
language plpgsql as $$
declare
    v_center uuid;
    v_year   integer;
    v_plan   uuid;
begin
    if tg_op = 'DELETE' then
        if old.quarter = 0 then return null; end if;
        v_center := old.center_id;
        v_year := old.fiscal_year;
    else
        if new.quarter = 0 then return null; end if;
        v_center := new.center_id;
        v_year := new.fiscal_year;
    end if;
    perform lock_center(array[v_center]);
    select id into v_plan from driving_plan where center_id = v_center and fiscal_year = v_year;
    if v_plan is not null then
        perform recount_plan_tally(array[v_plan]);
    end if;
    return null;
end $$;

create trigger center_tally_plan after insert or update or delete on center_tally
    for each row execute function center_tally_plan_trigger();

-- A plan made, confirmed or deleted counts in its district's plans and confirmed ones (its lines
-- and lines done come through plan_tally). The center is locked first, as by every other writer.
create function driving_plan_tally_trigger() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform lock_center(array[old.center_id]);
        perform add_district_plan_tally(left(old.subdistrict_code, 4), old.fiscal_year, -1,
                                        -(old.state = 'CONFIRMED')::int, 0, 0);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform lock_center(array[new.center_id]);
        perform add_district_plan_tally(left(new.subdistrict_code, 4), new.fiscal_year, 1,
                                        (new.state = 'CONFIRMED')::int, 0, 0);
    end if;
    return null;
end $$;

create trigger driving_plan_tally after insert or delete on driving_plan
    for each row execute function driving_plan_tally_trigger();
create trigger driving_plan_tally_state after update on driving_plan
    for each row when (old.state is distinct from new.state) execute function driving_plan_tally_trigger();

-- Recounts both tallies from the plans and activity tallies: for bulk loads, and for an operator who
-- doubts them. Takes a lock so no plan changes while it counts.
create function rebuild_plan_tallies() returns void
language plpgsql as $$
begin
    lock table driving_plan, driving_plan_line, center_tally in share mode;
    delete from plan_tally;
    delete from district_plan_tally;
    insert into district_plan_tally (district_code, fiscal_year, plans, confirmed, lines, done)
    select left(subdistrict_code, 4), fiscal_year, count(*), count(*) filter (where state = 'CONFIRMED'), 0, 0
    from driving_plan
    group by 1, 2;
    perform recount_plan_tally(array(select id from driving_plan));
end $$;

select rebuild_plan_tallies();
