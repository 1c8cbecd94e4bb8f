-- exchange: the deals and their shipments feed the cached public page's exchange totals (platform's change_generation, V14).
select track_changes('exchange_deal', 'exchange');
select track_changes('exchange_shipment', 'exchange');
