-- Issue 17, point 2: the coach's missing rules. K3 (a KR's metric shows progress on its
-- objective) and K4 (stretch targets the team's own history says land in 60-80 %) become rules
-- an organisation can set like the others (coach_settings references coach_rules, migration
-- 0025). K2 keeps its row: it now checks that a KR can be measured as well as its deadline.
insert into coach_rules (rule) values ('K3'), ('K4') on conflict (rule) do nothing;
