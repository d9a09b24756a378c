BEGIN TRANSACTION;
CREATE TABLE event_persons (
  event_pk INTEGER REFERENCES events(pk), person_id INTEGER REFERENCES persons(id)
);
INSERT INTO "event_persons" VALUES(1,-1);
CREATE TABLE event_places (
  event_pk INTEGER REFERENCES events(pk), place_pk INTEGER REFERENCES places(pk)
);
INSERT INTO "event_places" VALUES(1,1);
CREATE TABLE event_topics (
  event_pk INTEGER REFERENCES events(pk), topic_pk INTEGER REFERENCES topics(pk)
);
INSERT INTO "event_topics" VALUES(1,1);
CREATE TABLE events (
  pk INTEGER PRIMARY KEY, id INTEGER NOT NULL, language TEXT NOT NULL, date TEXT,
  time TEXT, title TEXT NOT NULL, lead TEXT, place TEXT, sections TEXT, text TEXT,
  url TEXT, UNIQUE (id, language)
);
INSERT INTO "events" VALUES(1,6742590122,'en','2023-10-07','16:30','Meeting with President of Kazakhstan Kassym-Jomart Tokayev','Vladimir Putin had a meeting with President of Kazakhstan Kassym-Jomart Tokayev in Novo-Ogaryovo.','','News; Transcripts','Mr Tokayev,
I am delighted to welcome you to Russia, to Moscow, and I say this from the bottom of my heart. We will have another meeting in Kyrgyzstan in several days, but your visit to Moscow is a landmark event, and I am grateful to you for this, as well as for the fact that we implemented a project together that we presented today.
It is quite modest, to my mind, but this is the first step, a very important step towards energy cooperation in the region. We have just had a conversation with heads of energy companies behind closed doors, and we heard their assessments and views. We will, as agreed, issue instructions to create a working group that will analyse all potential scenarios and all possible and perspective steps in this direction.
But, apart from this, we have topics to talk about, we have a huge volume of joint work, since the situation is changing in a very positive way in all areas, in a way that we need, and I would like to thank you for this.
During our meeting today, we will have an opportunity to cover each segment in an informal setting, including industrial production, manufacturing, services, transport and high-tech fields, including space – there are many issues to be discussed here.
In general, I want to say once again that I am very happy to see you. Welcome!
Mr Putin,
I am very glad to be in Moscow on this day and I would like to begin by wishing you a happy birthday. I know that you do not celebrate your birthdays, but in any case, this is an important event in the life of each individual. So, from the bottom of my heart, I would like to wish you good health and longevity –whether it is political longevity as head of the Russian state or simply in life. I believe that for many people you are an example of a resilient, physically strong person, and I know that you are an athlete. But in any case, you cannot have too many kind wishes on your birthday.
As for cooperation between our countries, it is developing successfully in many different areas. First and foremost, it is strategic cooperation and relations between our states are an alliance in most diverse spheres.
Today we took part in the launch of a major project. Indeed, in terms of figures it might not be all that big, but nevertheless a large amount of work has been done.','/events/president/news/6742590122');
PRAGMA writable_schema=ON;
INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)VALUES('table','events_fts','events_fts',0,'CREATE VIRTUAL TABLE events_fts
  USING fts5 (title, lead, text, content="events", content_rowid="pk")');
INSERT INTO "events_fts" VALUES('Meeting with President of Kazakhstan Kassym-Jomart Tokayev','Vladimir Putin had a meeting with President of Kazakhstan Kassym-Jomart Tokayev in Novo-Ogaryovo.','Mr Tokayev,
I am delighted to welcome you to Russia, to Moscow, and I say this from the bottom of my heart. We will have another meeting in Kyrgyzstan in several days, but your visit to Moscow is a landmark event, and I am grateful to you for this, as well as for the fact that we implemented a project together that we presented today.
It is quite modest, to my mind, but this is the first step, a very important step towards energy cooperation in the region. We have just had a conversation with heads of energy companies behind closed doors, and we heard their assessments and views. We will, as agreed, issue instructions to create a working group that will analyse all potential scenarios and all possible and perspective steps in this direction.
But, apart from this, we have topics to talk about, we have a huge volume of joint work, since the situation is changing in a very positive way in all areas, in a way that we need, and I would like to thank you for this.
During our meeting today, we will have an opportunity to cover each segment in an informal setting, including industrial production, manufacturing, services, transport and high-tech fields, including space – there are many issues to be discussed here.
In general, I want to say once again that I am very happy to see you. Welcome!
Mr Putin,
I am very glad to be in Moscow on this day and I would like to begin by wishing you a happy birthday. I know that you do not celebrate your birthdays, but in any case, this is an important event in the life of each individual. So, from the bottom of my heart, I would like to wish you good health and longevity –whether it is political longevity as head of the Russian state or simply in life. I believe that for many people you are an example of a resilient, physically strong person, and I know that you are an athlete. But in any case, you cannot have too many kind wishes on your birthday.
As for cooperation between our countries, it is developing successfully in many different areas. First and foremost, it is strategic cooperation and relations between our states are an alliance in most diverse spheres.
Today we took part in the launch of a major project. Indeed, in terms of figures it might not be all that big, but nevertheless a large amount of work has been done.');
CREATE TABLE 'events_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO "events_fts_config" VALUES('version',4);
CREATE TABLE 'events_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO "events_fts_data" VALUES(1,X'01080F8324');
INSERT INTO "events_fts_data" VALUES(10,X'00000000000000');
CREATE TABLE 'events_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO "events_fts_docsize" VALUES(1,X'080F8324');
CREATE TABLE 'events_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
CREATE TABLE persons (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, tag_name TEXT NOT NULL UNIQUE, catalog_id TEXT
);
INSERT INTO "persons" VALUES(-1,'Kassym-Jomart Tokayev','Tokayev Kassym-Jomart','');
CREATE TABLE places (
  pk INTEGER PRIMARY KEY, language TEXT, name TEXT, kind TEXT, catalog_id TEXT,
  UNIQUE (language, name)
);
INSERT INTO "places" VALUES(1,'en','Kazakhstan','','');
CREATE TABLE topics (pk INTEGER PRIMARY KEY, language TEXT, name TEXT, UNIQUE (language, name));
INSERT INTO "topics" VALUES(1,'en','Foreign policy');
CREATE TABLE turns (
  pk INTEGER PRIMARY KEY, event_pk INTEGER NOT NULL REFERENCES events(pk),
  event_id INTEGER NOT NULL, language TEXT NOT NULL, date TEXT, sequence INTEGER NOT NULL,
  label TEXT NOT NULL, person_id INTEGER REFERENCES persons(id), role TEXT, words INTEGER,
  text TEXT NOT NULL, url TEXT
);
INSERT INTO "turns" VALUES(1,1,6742590122,'en','2023-10-07',1,'President of Russia Vladimir Putin',NULL,'',235,'Mr Tokayev,
I am delighted to welcome you to Russia, to Moscow, and I say this from the bottom of my heart. We will have another meeting in Kyrgyzstan in several days, but your visit to Moscow is a landmark event, and I am grateful to you for this, as well as for the fact that we implemented a project together that we presented today.
It is quite modest, to my mind, but this is the first step, a very important step towards energy cooperation in the region. We have just had a conversation with heads of energy companies behind closed doors, and we heard their assessments and views. We will, as agreed, issue instructions to create a working group that will analyse all potential scenarios and all possible and perspective steps in this direction.
But, apart from this, we have topics to talk about, we have a huge volume of joint work, since the situation is changing in a very positive way in all areas, in a way that we need, and I would like to thank you for this.
During our meeting today, we will have an opportunity to cover each segment in an informal setting, including industrial production, manufacturing, services, transport and high-tech fields, including space – there are many issues to be discussed here.
In general, I want to say once again that I am very happy to see you. Welcome!','/events/president/news/6742590122#t1');
INSERT INTO "turns" VALUES(2,1,6742590122,'en','2023-10-07',2,'President of Kazakhstan Kassym-Jomart Tokayev',-1,'President of Kazakhstan',185,'Mr Putin,
I am very glad to be in Moscow on this day and I would like to begin by wishing you a happy birthday. I know that you do not celebrate your birthdays, but in any case, this is an important event in the life of each individual. So, from the bottom of my heart, I would like to wish you good health and longevity –whether it is political longevity as head of the Russian state or simply in life. I believe that for many people you are an example of a resilient, physically strong person, and I know that you are an athlete. But in any case, you cannot have too many kind wishes on your birthday.
As for cooperation between our countries, it is developing successfully in many different areas. First and foremost, it is strategic cooperation and relations between our states are an alliance in most diverse spheres.
Today we took part in the launch of a major project. Indeed, in terms of figures it might not be all that big, but nevertheless a large amount of work has been done.','/events/president/news/6742590122#t2');
INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)VALUES('table','turns_fts','turns_fts',0,'CREATE VIRTUAL TABLE turns_fts USING fts5 (label, text, content="turns", content_rowid="pk")');
INSERT INTO "turns_fts" VALUES('President of Russia Vladimir Putin','Mr Tokayev,
I am delighted to welcome you to Russia, to Moscow, and I say this from the bottom of my heart. We will have another meeting in Kyrgyzstan in several days, but your visit to Moscow is a landmark event, and I am grateful to you for this, as well as for the fact that we implemented a project together that we presented today.
It is quite modest, to my mind, but this is the first step, a very important step towards energy cooperation in the region. We have just had a conversation with heads of energy companies behind closed doors, and we heard their assessments and views. We will, as agreed, issue instructions to create a working group that will analyse all potential scenarios and all possible and perspective steps in this direction.
But, apart from this, we have topics to talk about, we have a huge volume of joint work, since the situation is changing in a very positive way in all areas, in a way that we need, and I would like to thank you for this.
During our meeting today, we will have an opportunity to cover each segment in an informal setting, including industrial production, manufacturing, services, transport and high-tech fields, including space – there are many issues to be discussed here.
In general, I want to say once again that I am very happy to see you. Welcome!');
INSERT INTO "turns_fts" VALUES('President of Kazakhstan Kassym-Jomart Tokayev','Mr Putin,
I am very glad to be in Moscow on this day and I would like to begin by wishing you a happy birthday. I know that you do not celebrate your birthdays, but in any case, this is an important event in the life of each individual. So, from the bottom of my heart, I would like to wish you good health and longevity –whether it is political longevity as head of the Russian state or simply in life. I believe that for many people you are an example of a resilient, physically strong person, and I know that you are an athlete. But in any case, you cannot have too many kind wishes on your birthday.
As for cooperation between our countries, it is developing successfully in many different areas. First and foremost, it is strategic cooperation and relations between our states are an alliance in most diverse spheres.
Today we took part in the launch of a major project. Indeed, in terms of figures it might not be all that big, but nevertheless a large amount of work has been done.');
CREATE TABLE 'turns_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO "turns_fts_config" VALUES('version',4);
CREATE TABLE 'turns_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO "turns_fts_data" VALUES(1,X'020B8324');
INSERT INTO "turns_fts_data" VALUES(10,X'00000000000000');
CREATE TABLE 'turns_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO "turns_fts_docsize" VALUES(1,X'05816B');
INSERT INTO "turns_fts_docsize" VALUES(2,X'068139');
CREATE TABLE 'turns_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
CREATE INDEX turns_event ON turns (event_pk);
CREATE INDEX turns_person ON turns (person_id);
CREATE INDEX events_date ON events (date);
PRAGMA writable_schema=OFF;
COMMIT;
