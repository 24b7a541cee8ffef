-- Credentials a platform rotates (Douyin refresh tokens), encrypted with Data Protection; never the configured secrets.
CREATE TABLE source_credentials (
    key character varying(200) NOT NULL,
    protected_value text NOT NULL,
    origin character varying(32) NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_source_credentials PRIMARY KEY (key)
);
