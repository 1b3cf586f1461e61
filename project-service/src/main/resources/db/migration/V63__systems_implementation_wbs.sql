-- The built-in "systems implementation" template gets its starter WBS (the section "wbs", applied by the
-- task package's WbsTemplateSection): the phases as summary tasks, the standard deliverables' work as tasks
-- (durations in working days), go-live as a milestone, and the usual finish-to-start links, by outline number.
update project_template
set content = jsonb_set(content, '{sections,wbs}', '{
  "tasks": [
    {"name": "Initiation and planning", "children": [
      {"name": "Requirements specification", "duration": 15},
      {"name": "Vendor selection", "duration": 20}]},
    {"name": "Build", "children": [
      {"name": "System installation", "duration": 10},
      {"name": "Customisation", "duration": 30},
      {"name": "Integration", "duration": 25}]},
    {"name": "Data migration", "children": [
      {"name": "Data migration: extract", "duration": 5},
      {"name": "Data migration: cleanse", "duration": 10},
      {"name": "Data migration: load", "duration": 5},
      {"name": "Data migration: reconcile", "duration": 3}]},
    {"name": "Testing", "children": [
      {"name": "System integration testing (SIT)", "duration": 15},
      {"name": "User acceptance testing (UAT)", "duration": 10}]},
    {"name": "Deployment", "children": [
      {"name": "Training", "duration": 10},
      {"name": "Cut-over", "duration": 3},
      {"name": "Go-live", "milestone": true},
      {"name": "Hypercare", "duration": 20},
      {"name": "Hand-over to operations", "duration": 3}]}
  ],
  "links": [
    {"predecessor": "1.1", "successor": "1.2", "type": "FS", "lag": 0},
    {"predecessor": "1.2", "successor": "2.1", "type": "FS", "lag": 0},
    {"predecessor": "2.1", "successor": "2.2", "type": "FS", "lag": 0},
    {"predecessor": "2.1", "successor": "2.3", "type": "FS", "lag": 0},
    {"predecessor": "1.1", "successor": "3.1", "type": "FS", "lag": 0},
    {"predecessor": "3.1", "successor": "3.2", "type": "FS", "lag": 0},
    {"predecessor": "3.2", "successor": "3.3", "type": "FS", "lag": 0},
    {"predecessor": "2.1", "successor": "3.3", "type": "FS", "lag": 0},
    {"predecessor": "3.3", "successor": "3.4", "type": "FS", "lag": 0},
    {"predecessor": "2.2", "successor": "4.1", "type": "FS", "lag": 0},
    {"predecessor": "2.3", "successor": "4.1", "type": "FS", "lag": 0},
    {"predecessor": "3.4", "successor": "4.1", "type": "FS", "lag": 0},
    {"predecessor": "4.1", "successor": "4.2", "type": "FS", "lag": 0},
    {"predecessor": "4.1", "successor": "5.1", "type": "FS", "lag": 0},
    {"predecessor": "4.2", "successor": "5.2", "type": "FS", "lag": 0},
    {"predecessor": "5.1", "successor": "5.2", "type": "FS", "lag": 0},
    {"predecessor": "5.2", "successor": "5.3", "type": "FS", "lag": 0},
    {"predecessor": "5.3", "successor": "5.4", "type": "FS", "lag": 0},
    {"predecessor": "5.4", "successor": "5.5", "type": "FS", "lag": 0}
  ]
}'::jsonb),
    version = version + 1
where id = '00000000-0000-4000-8000-000000000001';
