-- materialflow: a deleted model stays in the park's recycle bin for 30 days and can be restored; its year and
-- scenario are free again while it is there (a restore is refused if they were taken meanwhile)
alter table mfa_model
    add column deleted_at timestamptz,
    add column deleted_by varchar(64);
alter table mfa_model drop constraint mfa_model_park_code_year_scenario_key;
create unique index mfa_model_current on mfa_model (park_code, year, scenario) where deleted_at is null;
