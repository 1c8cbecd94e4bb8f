-- indicators: the parks' computed values feed the cached public page (platform's change_generation, V14).
select track_changes('ind_park_value', 'indicators');
