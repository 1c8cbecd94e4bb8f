-- programme: its tables feed the cached public views (platform's change_generation, V14).
select track_changes('goal_set', 'programme');
select track_changes('goal', 'programme');
select track_changes('goal_evaluation_publication', 'programme');
