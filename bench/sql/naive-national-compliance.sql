-- The naive national compliance figure for a fiscal year (psql variable :fy): one group-by over
-- activity ⨝ center, per active center, rolled up per province — what the compliance endpoint
-- would cost if it ran this on every request. run-bench.sh times it with \timing and prints it
-- beside the endpoint's p99; EXPLAIN (ANALYZE, BUFFERS) goes to the run folder.
select province_code,
       count(*)                                   as active_centers,
       count(*) filter (where total > 0)          as centers_with_activity,
       sum(mission)                               as mission,
       sum(dimension)                             as dimension,
       sum(national_day)                          as national_day
from (
    select c.id, c.province_code,
           count(a.id) filter (where a.category = 'MISSION')      as mission,
           count(a.id) filter (where a.category = 'DIMENSION')    as dimension,
           count(a.id) filter (where a.category = 'NATIONAL_DAY') as national_day,
           count(a.id)                                            as total
    from center c
    left join activity a on a.center_id = c.id and a.fiscal_year = :fy
    where c.status = 'ACTIVE'
    group by c.id, c.province_code
) per_center
group by province_code
order by province_code;
