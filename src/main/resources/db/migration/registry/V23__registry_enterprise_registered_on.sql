-- registry: the day an enterprise was registered on the platform. The indicators expect a year's data from the
-- enterprises registered by the end of the following year (the year in which it is collected), not from enterprises
-- that joined later (issue 11).
alter table enterprise add column registered_on date not null default current_date;
