-- Running tally behind the driving plans' area summary (GET /plans/summary): each plan's planned lines
-- and lines done, as PlanAgainstActual counts them. Measuring every plan of the nation against its
-- center's activities on each read costs hundreds of milliseconds (~6,700 plans, ~54,000 lines, ~80,000
-- activities a year); this table holds the two counts per plan, recounted by triggers in the
-- transaction that changes a plan's lines or the center's activity tally, so a read sums at most one
-- row per plan and sees every committed write at once.
--
-- The rule, counted: PlanAgainstActual gives each activity to one line at most, own type first, then
-- any type of the same category; so in a quarter the lines of a category done (as planned or
-- differently) are min(lines of that category planned, activities of that category held). The
-- activities held per center, quarter and category are center_tally's (live activities only).
-- The type -> category mapping below is ActivityType.category(); PlanTallyTest proves the two agree
-- for every type.
create table plan_tally (
    plan_id  uuid    primary key references driving_plan (id) on delete cascade,
    lines    integer not null,
    done     integer not null
);

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

-- Recounts the plans given (all of them when null): lines planned, and lines done per quarter and
-- category as min(planned, held). A plan without lines counts 0 and 0.
create function recount_plan_tally(p_plans uuid[]) returns void
language plpgsql as $$
begin
    if p_plans is null then
        delete from plan_tally;
    end if;
    insert into plan_tally as pt (plan_id, lines, done)
    select p.id, coalesce(sum(l.planned), 0),
           coalesce(sum(least(l.planned, coalesce(case l.category when 'MISSION' then t.mission
                                                                  when 'DIMENSION' then t.dimension
                                                                  when 'NATIONAL_DAY' then t.national_day end, 0))), 0)
    from driving_plan p
    left join (select dl.plan_id, dl.quarter, activity_type_category(dl.activity_type) as category, count(*) as planned
               from driving_plan_line dl
               where p_plans is null or dl.plan_id = any (p_plans)
               group by 1, 2, 3) l on l.plan_id = p.id
    left join center_tally t on t.center_id = p.center_id and t.fiscal_year = p.fiscal_year and t.quarter = l.quarter
    where p_plans is null or p.id = any (p_plans)
    group by p.id
    on conflict (plan_id) do update set lines = excluded.lines, done = excluded.done;
end $$;

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

select recount_plan_tally(null);
