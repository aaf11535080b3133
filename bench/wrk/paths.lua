-- wrk script: each request GETs a random path from the file named after `--`, one path a line,
-- e.g. wrk -s bench/wrk/paths.lua -H "Authorization: Bearer $TOKEN" http://127.0.0.1:18090 -- list.paths
-- (run-bench.sh writes the files from what Prepare discovered).
local paths = {}

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  if #paths == 0 then
    error("no paths in " .. args[1])
  end
  -- each wrk thread has its own Lua state: seed them apart
  math.randomseed(os.time() + math.floor(os.clock() * 1000000) + #tostring({}))
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
