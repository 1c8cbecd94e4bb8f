-- transformation: its tables feed the cached public views (platform's change_generation, V14).
select track_changes('park_transition', 'transformation');
