#pragma once

#include <string>

#include "model/schema.hpp"

namespace qdb::model {

/// A canonical, line-oriented text form of a schema for golden tests and debugging. Every
/// field of every struct appears but where a column's default came from (the server's own
/// words of it, a schema's dbgenerated()), so that a database and the schema it was made from
/// dump alike; the same schema always gives the same text. Example:
///
///     table "users"
///       column "id" INTEGER not null autoincrement
///       column "role" "Role" not null default 'USER'
///       primary key "users_pkey" ("id")
///       unique index "users_email_key" ("email")
///       foreign key "posts_authorId_fkey" ("authorId") references "users" ("id") on delete CASCADE on update CASCADE
std::string dump(const Schema& schema);

}  // namespace qdb::model
