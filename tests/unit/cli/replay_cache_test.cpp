#include "cli/replay_cache.hpp"

#include <gtest/gtest.h>

#include "model/serialize.hpp"
#include "support/memory_system.hpp"

namespace qdb::cli {
namespace {

const std::filesystem::path kRoot = "/project";
const std::filesystem::path kFolder = "/project/.qdb/replay";

ReplayKey key_of(std::vector<std::pair<std::string, std::string>> migrations) {
  ReplayKey key;
  key.qdb_version = "0.1.0 (git abc1234)";
  key.server_major = "16";
  key.default_schema = "public";
  key.migrations = std::move(migrations);
  return key;
}

ReplayKey two_migrations() {
  return key_of({{"20250101000000_init", std::string(64, 'a')}, {"20250102000000_email", std::string(64, 'b')}});
}

model::Schema users_table() {
  model::Schema schema;
  model::Table table;
  table.name = "User";
  table.columns.push_back({"id", "INTEGER", "", false, std::nullopt, true, false, false, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt});
  table.primary_key = model::PrimaryKey{"User_pkey", {"id"}};
  schema.tables.push_back(table);
  return schema;
}

// A key of one migration named `i` (std::to_string alone: "m" + std::to_string(i) trips GCC 12's -Wrestrict).
ReplayKey numbered(int i) { return key_of({{std::to_string(i), std::string(64, 'a')}}); }

std::filesystem::path entry_of(const ReplayKey& key) { return kFolder / (replay_key_digest(key) + ".json"); }

TEST(ServerMajorVersion, ReadsTheMajorPart) {
  EXPECT_EQ(server_major_version("16.2 (Debian 16.2-1.pgdg120+2)"), "16");
  EXPECT_EQ(server_major_version("15.10"), "15");
  EXPECT_EQ(server_major_version("17beta1"), "17");
  EXPECT_EQ(server_major_version("9.6.24"), "9.6");
  EXPECT_EQ(server_major_version("10.23"), "10");
  EXPECT_EQ(server_major_version("PostgreSQL 16"), "");
  EXPECT_EQ(server_major_version(""), "");
}

TEST(ReplayKeyDigest, EveryFieldChangesIt) {
  const ReplayKey base = two_migrations();
  const std::string digest = replay_key_digest(base);
  EXPECT_EQ(digest.size(), 64u);
  EXPECT_EQ(replay_key_digest(base), digest);
  std::vector<ReplayKey> changed(8, base);
  changed[0].qdb_version = "0.2.0";
  changed[1].server_major = "15";
  changed[2].default_schema = "app";
  changed[3].namespaces = {"public"};
  changed[4].migrations[1].second = std::string(64, 'c');
  changed[5].migrations[0].first = "20250101000000_init2";
  changed[6].migrations.pop_back();
  std::swap(changed[7].migrations[0], changed[7].migrations[1]);
  for (size_t i = 0; i < changed.size(); ++i) EXPECT_NE(replay_key_digest(changed[i]), digest) << "change " << i;
}

TEST(ReplayKeyDigest, FieldBoundariesAreKept) {
  ReplayKey a = key_of({});
  ReplayKey b = key_of({});
  a.namespaces = {"ab", "c"};
  b.namespaces = {"a", "bc"};
  EXPECT_NE(replay_key_digest(a), replay_key_digest(b));
  a.namespaces = {};
  a.default_schema = "x";
  b.namespaces = {"x"};
  b.default_schema = "";
  EXPECT_NE(replay_key_digest(a), replay_key_digest(b));
}

TEST(ReplayCache, MissThenStoreThenHit) {
  test::MemorySystem system;
  ReplayCache cache(system, kRoot);
  EXPECT_EQ(cache.folder(), kFolder);
  ReplayLookup first = cache.lookup(two_migrations());
  EXPECT_FALSE(first.schema);
  EXPECT_EQ(first.problem, "");
  EXPECT_EQ(first.entry, entry_of(two_migrations()));

  EXPECT_EQ(cache.store(two_migrations(), users_table()), "");
  ASSERT_NE(system.file(entry_of(two_migrations())), nullptr);
  ASSERT_NE(system.file(kRoot / ".qdb/.gitignore"), nullptr);
  EXPECT_EQ(*system.file(kRoot / ".qdb/.gitignore"), "*\n");

  ReplayLookup second = ReplayCache(system, kRoot).lookup(two_migrations());
  ASSERT_TRUE(second.schema) << second.problem;
  EXPECT_EQ(*second.schema, users_table());
  EXPECT_EQ(second.problem, "");
  EXPECT_EQ(second.model_digest, model_digest(users_table()));
}

TEST(ModelDigest, EqualModelsEqualDigestsAndAnyChangeAnother) {
  model::Schema changed = users_table();
  EXPECT_EQ(model_digest(changed), model_digest(users_table()));
  EXPECT_EQ(model_digest(changed).size(), 64u);
  changed.tables[0].columns[0].nullable = true;
  EXPECT_NE(model_digest(changed), model_digest(users_table()));
}

TEST(ReplayCache, AnEntryWithoutItsModelDigestIsIgnored) {
  test::MemorySystem system;
  ReplayCache cache(system, kRoot);
  ASSERT_EQ(cache.store(two_migrations(), users_table()), "");
  const std::filesystem::path entry = entry_of(two_migrations());
  std::string text = *system.file(entry);
  const size_t at = text.find("\"model_digest\":\"");
  ASSERT_NE(at, std::string::npos) << text;
  text.replace(at, std::string("\"model_digest\":\"").size() + 64 + 2, "");
  system.add_file(entry, text);
  ReplayLookup found = cache.lookup(two_migrations());
  EXPECT_FALSE(found.schema);
  EXPECT_EQ(found.problem, "its model cannot be read (no model digest)");
}

TEST(ReplayCache, CatalogMemosAreKeptPerDatabaseMostRecentFirst) {
  test::MemorySystem system;
  ReplayCache cache(system, kRoot, /*keep=*/2);
  const std::string one(64, '1'), two(64, '2'), three(64, '3');
  EXPECT_FALSE(cache.catalog_memo(one));
  cache.remember_catalog(one, {std::string(64, 'a'), std::string(64, 'b')});
  ASSERT_TRUE(cache.catalog_memo(one));
  EXPECT_EQ(cache.catalog_memo(one)->fingerprint_digest, std::string(64, 'a'));
  EXPECT_EQ(cache.catalog_memo(one)->model_digest, std::string(64, 'b'));
  ASSERT_NE(system.file(kRoot / ".qdb/.gitignore"), nullptr);

  // A new memo of the same database replaces the old one.
  cache.remember_catalog(one, {std::string(64, 'c'), std::string(64, 'd')});
  EXPECT_EQ(cache.catalog_memo(one)->fingerprint_digest, std::string(64, 'c'));
  EXPECT_EQ(*system.file(kFolder / "catalogs"), one + " " + std::string(64, 'c') + " " + std::string(64, 'd') + "\n");

  // Beyond `keep` databases, the least recently recorded one goes.
  cache.remember_catalog(two, {std::string(64, 'e'), std::string(64, 'f')});
  cache.remember_catalog(three, {std::string(64, 'e'), std::string(64, 'f')});
  EXPECT_FALSE(cache.catalog_memo(one));
  EXPECT_TRUE(cache.catalog_memo(two));
  EXPECT_TRUE(cache.catalog_memo(three));
}

TEST(ReplayCache, ACorruptCatalogMemoFileIsNoMemo) {
  test::MemorySystem system;
  ReplayCache cache(system, kRoot);
  const std::string one(64, '1');
  system.add_file(kFolder / "catalogs", "{not json");
  EXPECT_FALSE(cache.catalog_memo(one));
  system.add_file(kFolder / "catalogs", one + " short " + std::string(64, 'b') + "\n");
  EXPECT_FALSE(cache.catalog_memo(one));
  cache.remember_catalog(one, {std::string(64, 'a'), std::string(64, 'b')});
  EXPECT_TRUE(cache.catalog_memo(one));
}

TEST(ReplayCache, AnExistingGitignoreIsKept) {
  test::MemorySystem system;
  system.add_file(kRoot / ".qdb/.gitignore", "postgres/\n");
  EXPECT_EQ(ReplayCache(system, kRoot).store(two_migrations(), users_table()), "");
  EXPECT_EQ(*system.file(kRoot / ".qdb/.gitignore"), "postgres/\n");
}

TEST(ReplayCache, AChangedChecksumOrServerVersionOrScopeIsAMiss) {
  test::MemorySystem system;
  ReplayCache cache(system, kRoot);
  ASSERT_EQ(cache.store(two_migrations(), users_table()), "");
  ReplayKey edited = two_migrations();
  edited.migrations[0].second = std::string(64, 'f');
  ReplayKey other_server = two_migrations();
  other_server.server_major = "17";
  ReplayKey other_schema = two_migrations();
  other_schema.default_schema = "app";
  ReplayKey one_more = two_migrations();
  one_more.migrations.push_back({"20250103000000_more", std::string(64, 'd')});
  for (const ReplayKey& key : {edited, other_server, other_schema, one_more}) {
    ReplayLookup found = cache.lookup(key);
    EXPECT_FALSE(found.schema);
    EXPECT_EQ(found.problem, "");
  }
  EXPECT_TRUE(cache.lookup(two_migrations()).schema);
}

TEST(ReplayCache, ACorruptEntryIsIgnoredAndOverwritten) {
  test::MemorySystem system;
  ReplayCache cache(system, kRoot);
  const std::filesystem::path entry = entry_of(two_migrations());
  for (const std::string& bytes : {std::string(""), std::string("{\"format\":\"qdb replay cache\",\"vers"),
                                   std::string("\x00\x01\xff garbage", 11), std::string("[]")}) {
    system.add_file(entry, bytes);
    ReplayLookup found = cache.lookup(two_migrations());
    EXPECT_FALSE(found.schema);
    EXPECT_EQ(found.problem, "it is not a cache entry (not a JSON object)");
  }
  EXPECT_EQ(cache.store(two_migrations(), users_table()), "");
  ReplayLookup found = cache.lookup(two_migrations());
  ASSERT_TRUE(found.schema) << found.problem;
  EXPECT_EQ(*found.schema, users_table());
}

TEST(ReplayCache, AForeignOrCollidingEntryIsIgnored) {
  test::MemorySystem system;
  ReplayCache cache(system, kRoot);
  const std::filesystem::path entry = entry_of(two_migrations());

  system.add_file(entry, "{\"name\":\"something else\"}");
  EXPECT_EQ(cache.lookup(two_migrations()).problem,
            "it is not a cache entry of this qdb (another format or format version)");

  system.add_file(entry, "{\"format\":\"qdb replay cache\",\"version\":999,\"key\":{},\"schema\":{}}");
  EXPECT_EQ(cache.lookup(two_migrations()).problem,
            "it is not a cache entry of this qdb (another format or format version)");

  // A valid entry of another key under this key's name: a digest collision, or a copied file.
  ReplayKey other = two_migrations();
  other.server_major = "15";
  ASSERT_EQ(cache.store(other, users_table()), "");
  system.add_file(entry, *system.file(entry_of(other)));
  ReplayLookup found = cache.lookup(two_migrations());
  EXPECT_FALSE(found.schema);
  EXPECT_EQ(found.problem, "it was written for another key");
}

TEST(ReplayCache, AnEntryWithABrokenModelIsIgnored) {
  test::MemorySystem system;
  ReplayCache cache(system, kRoot);
  ASSERT_EQ(cache.store(two_migrations(), users_table()), "");
  const std::filesystem::path entry = entry_of(two_migrations());
  std::string text = *system.file(entry);
  const std::string from = "\"nullable\":false";
  ASSERT_NE(text.find(from), std::string::npos) << text;
  text.replace(text.find(from), from.size(), "\"nullable\":\"no\"");
  system.add_file(entry, text);
  ReplayLookup found = cache.lookup(two_migrations());
  EXPECT_FALSE(found.schema);
  EXPECT_EQ(found.problem, "its model cannot be read (tables[0].columns[0].nullable: expected a boolean)");
}

TEST(ReplayCache, AnUnreadableEntryIsIgnored) {
  test::MemorySystem system;
  ReplayCache cache(system, kRoot);
  ASSERT_EQ(cache.store(two_migrations(), users_table()), "");
  system.deny(entry_of(two_migrations()));
  ReplayLookup found = cache.lookup(two_migrations());
  EXPECT_FALSE(found.schema);
  EXPECT_EQ(found.problem, "cannot read it: Permission denied");
}

TEST(ReplayCache, AFolderThatCannotBeCreatedIsReported) {
  test::MemorySystem system;
  system.add_file(kFolder, "a file where the folder should be");
  EXPECT_EQ(ReplayCache(system, kRoot).store(two_migrations(), users_table()),
            "cannot create /project/.qdb/replay: File exists");
}

std::vector<std::string> entries(const test::MemorySystem& system) {
  std::vector<std::string> names;
  for (const auto& [path, bytes] : system.files()) {
    if (path.ends_with(".json")) names.push_back(path);
  }
  return names;
}

TEST(ReplayCache, StoringKeepsTheMostRecentlyUsedEntries) {
  test::MemorySystem system;
  ReplayCache cache(system, kRoot, /*keep=*/3);
  std::vector<ReplayKey> keys;
  for (int i = 0; i < 5; ++i) keys.push_back(numbered(i));
  for (int i = 0; i < 3; ++i) ASSERT_EQ(cache.store(keys[i], users_table()), "");
  EXPECT_EQ(entries(system).size(), 3u);
  // Using the oldest makes it the newest: the next store evicts keys[1] instead.
  ASSERT_TRUE(cache.lookup(keys[0]).schema);
  ASSERT_EQ(cache.store(keys[3], users_table()), "");
  EXPECT_EQ(entries(system).size(), 3u);
  EXPECT_TRUE(cache.lookup(keys[0]).schema);
  EXPECT_FALSE(cache.lookup(keys[1]).schema);
  EXPECT_TRUE(cache.lookup(keys[2]).schema);
  EXPECT_TRUE(cache.lookup(keys[3]).schema);
  // An entry the list of recent ones does not name counts as the oldest; other files stay.
  system.add_file(kFolder / "notes.txt", "mine");
  system.add_file(kRoot / ".qdb/replay/recent", "garbage\n");
  ASSERT_EQ(cache.store(keys[4], users_table()), "");
  EXPECT_EQ(entries(system).size(), 3u);
  EXPECT_TRUE(cache.lookup(keys[4]).schema);
  EXPECT_NE(system.file(kFolder / "notes.txt"), nullptr);
}

TEST(ReplayCache, TheDefaultKeepsEight) {
  test::MemorySystem system;
  ReplayCache cache(system, kRoot);
  for (int i = 0; i < 12; ++i) {
    ASSERT_EQ(cache.store(numbered(i), users_table()), "");
  }
  EXPECT_EQ(entries(system).size(), 8u);
  EXPECT_FALSE(cache.lookup(numbered(3)).schema);
  EXPECT_TRUE(cache.lookup(numbered(4)).schema);
}

}  // namespace
}  // namespace qdb::cli
