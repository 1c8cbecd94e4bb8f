-- energy: map layers the city (any park) or a park (its own) uploads as GeoJSON (issue 13): heat-network coverage
-- areas, park boundaries, zoning areas; polygons in WGS-84 kept as GeoJSON geometry text with their bounding box,
-- versioned by date (the features of a layer and park in force on a day are those of its latest upload valid from
-- that day or earlier).
create table geo_feature (
    id          bigserial        primary key,
    layer       varchar(16)      not null check (layer in ('heat-coverage', 'park-boundary', 'zoning')),
    park_code   varchar(64)      not null,
    valid_from  date             not null,
    name        varchar(200),
    restriction varchar(200),
    geometry    text             not null,
    min_lat     double precision not null,
    min_lng     double precision not null,
    max_lat     double precision not null,
    max_lng     double precision not null,
    uploaded_by varchar(64)      not null,
    uploaded_at timestamptz      not null default now()
);
create index geo_feature_layer on geo_feature (layer, park_code, valid_from);
