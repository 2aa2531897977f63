-- Every way PostgreSQL quotes: strings, escapes, dollar quotes, identifiers, nested comments.
/* a /* nested */ comment; */
INSERT INTO "weird;name" ("a""b", U&"d\0061t\+000061") VALUES ('it''s; fine', E'tab\t\'quote\';', B'1010', X'1F', N'n');
SELECT $$a; b$$, $tag$ $$ ; $tag$, $1, 0x1F, 1_000, .5e-3, 3.5::numeric;
SELECT 'line one
line two';
SELECT 1 ~>=~ 2, a->>'k', b #- '{x}', c @> d;
