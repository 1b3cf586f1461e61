-- One database per service: each service owns its data and never reads another's.
-- Run by the postgres image on first start only (an empty data volume), as POSTGRES_USER,
-- which therefore owns them. Keep in step with the services' JDBC URLs in docker-compose.yml
-- (DockerComposeTest checks that).
CREATE DATABASE project;
CREATE DATABASE risk;
CREATE DATABASE resource;
CREATE DATABASE notification;
