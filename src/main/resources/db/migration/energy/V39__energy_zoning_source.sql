-- energy: a zoning area names where its restriction comes from (the plan or decision that drew it), R7 (issue 13).
alter table geo_feature add column source varchar(400);
