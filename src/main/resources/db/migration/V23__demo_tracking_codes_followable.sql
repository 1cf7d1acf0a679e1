-- Demo reports had tracking codes starting with DEMO: an O is not in the code alphabet (no 0/O, 1/I), so they could not
-- be followed. They become DEMA...; real codes never started with DEMO, so only demo reports change.
update report set tracking_code = 'DEMA' || substr(tracking_code, 5) where tracking_code like 'DEMOAA__';
