#pragma once

#include <string>

namespace qdb::db {

/// PostgreSQL's SQLSTATE for a statement refused for want of a privilege (insufficient_privilege).
inline constexpr const char* kInsufficientPrivilege = "42501";

/// What `role` needs for the refused `statement` (the SQL sent, or empty when unknown), from
/// PostgreSQL's 42501 `message`:
///  - "permission denied for <kind> <name>": the GRANT, its privilege chosen from what the
///    statement does ("GRANT CREATE ON SCHEMA public TO app" for a CREATE, USAGE for any other
///    statement; SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES or TRIGGER on a table;
///    EXECUTE on a function, ...), followed by who may run it;
///  - "must be owner of <kind> <name>": the ALTER ... OWNER TO that makes `role` the owner;
///  - anything else: PostgreSQL's own hint when it gave one, else a general sentence.
/// Names are quoted only where SQL needs it. Never throws.
std::string missing_privilege_hint(const std::string& message, const std::string& server_hint,
                                   const std::string& statement, const std::string& role);

}  // namespace qdb::db
