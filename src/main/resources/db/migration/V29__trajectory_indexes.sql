-- Client trajectories at scale (issue 16 benchmark, docs/performance.md): a key worker's caseload lists their own
-- clients and those they stand in for. The first half is found through trajectory_client_caseload (provider, key
-- worker); this index finds the second half, so the caseload reads its ~60 clients instead of filtering all of the
-- provider's clients (5,000 at the benchmark's largest provider).
create index trajectory_client_stand_in on trajectory_client (provider_code, stand_in) where stand_in is not null;
