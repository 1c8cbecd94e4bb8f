-- registry: its tables feed the cached public views (platform's change_generation, V14).
select track_changes('park', 'registry');
select track_changes('park_level_change', 'registry');
select track_changes('enterprise', 'registry');
