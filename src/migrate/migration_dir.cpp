#include "migrate/migration_dir.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>

#include "migrate/checksum.hpp"
#include "migrate/error_position.hpp"
#include "migrate/lock_file.hpp"
#include "util/utf8.hpp"

namespace qdb::migrate {
namespace {

constexpr std::string_view kScriptName = "migration.sql";

std::string join(std::string_view dir, std::string_view name) {
  if (dir.empty() || dir == ".") return std::string(name);
  std::string out(dir);
  if (out.back() != '/') out += '/';
  out += name;
  return out;
}

std::string hex_byte(unsigned char byte) {
  char text[8];
  std::snprintf(text, sizeof text, "0x%02X", static_cast<unsigned>(byte));
  return text;
}

// What reading one entry of the migrations folder found, merged into the result in name order.
struct Slot {
  std::optional<Migration> migration;
  std::vector<Diagnostic> diagnostics;
  std::optional<LockFileStatus> lock_file;
};

void add_error(Slot& slot, std::string file, std::string message, int line = 0, int column = 0) {
  slot.diagnostics.push_back({std::move(file), line, column, Diagnostic::Severity::kError, std::move(message)});
}

void read_migration(const os::System& fs, const std::filesystem::path& migrations_full,
                    std::string_view migrations_dir, const std::string& name, Slot& slot) {
  std::string relative_script = name + '/';
  relative_script += kScriptName;
  // The common case reads the file straight away; only a failed read lists the folder to say why.
  os::ReadResult read = fs.read_file_in(migrations_full, relative_script);
  std::string script = join(migrations_dir, relative_script);
  if (!read.ok) {
    std::string folder = join(migrations_dir, name);
    os::ListResult listed = fs.list_directory(migrations_full / name);
    if (!listed.ok) {
      add_error(slot, folder, "cannot list folder: " + listed.error);
      return;
    }
    auto entry = std::find_if(listed.entries.begin(), listed.entries.end(),
                              [](const os::DirEntry& e) { return e.name == kScriptName; });
    if (entry == listed.entries.end()) {
      add_error(slot, folder, "migration folder has no migration.sql");
    } else if (!entry->is_regular) {
      add_error(slot, script, "migration.sql is not a regular file");
    } else {
      add_error(slot, script, "cannot read file: " + read.error);
    }
    return;
  }
  if (std::optional<std::size_t> bad = util::find_invalid_utf8(read.bytes)) {
    SourceLocation where = location_of_offset(read.bytes, *bad);
    add_error(slot, script,
              "migration.sql is not valid UTF-8: byte " + hex_byte(static_cast<unsigned char>(read.bytes[*bad])) +
                  " at offset " + std::to_string(*bad) + "; save the file as UTF-8",
              where.line, where.column);
    return;
  }
  Migration& migration = slot.migration.emplace();
  migration.name = name;
  migration.path = std::move(script);
  migration.checksum = checksum_of(read.bytes);
  migration.sql = std::move(read.bytes);
}

void read_lock_file(const os::System& fs, const std::filesystem::path& full, const std::string& path,
                    Slot& slot) {
  LockFileStatus& lock = slot.lock_file.emplace();
  lock.path = path;
  os::ReadResult read = fs.read_file(full);
  if (!read.ok) {
    lock.state = LockFileStatus::State::kInvalid;
    add_error(slot, lock.path, "cannot read file: " + read.error);
    return;
  }
  ParsedLockFile parsed = parse_lock_file(lock.path, read.bytes);
  lock.provider = parsed.provider;
  lock.state = has_errors(parsed.diagnostics) ? LockFileStatus::State::kInvalid : LockFileStatus::State::kValid;
  for (Diagnostic& d : parsed.diagnostics) slot.diagnostics.push_back(std::move(d));
}

}  // namespace

MigrationDirectory discover_migrations(const os::System& fs, const std::filesystem::path& project_root,
                                       std::string_view migrations_dir) {
  MigrationDirectory result;
  result.path = std::string(migrations_dir);
  result.lock_file.path = join(result.path, kLockFileName);
  std::filesystem::path full = project_root / std::filesystem::path(migrations_dir);
  if (!fs.exists(full)) return result;
  result.exists = true;

  os::ListResult listed = fs.list_directory(full);
  if (!listed.ok) {
    result.diagnostics.push_back({result.path, 0, 0, Diagnostic::Severity::kError,
                                  "cannot list the migrations folder: " + listed.error});
    return result;
  }
  // Byte order of the full name: std::string compares as unsigned bytes.
  std::sort(listed.entries.begin(), listed.entries.end(),
            [](const os::DirEntry& a, const os::DirEntry& b) { return a.name < b.name; });

  // One reader: reading and hashing 1000 files takes a few milliseconds, behind the connection
  // that opens meanwhile (cli::MigrationReader). A pool of readers (one less than the cores) was
  // a single thread on the 2-core machines qdb runs on (docs/performance.md).
  result.migrations.reserve(listed.entries.size());
  for (const os::DirEntry& entry : listed.entries) {
    if (entry.name.empty() || entry.name.front() == '.') continue;
    Slot slot;
    if (entry.is_dir) {
      read_migration(fs, full, result.path, entry.name, slot);
    } else if (entry.name == kLockFileName && entry.is_regular) {
      read_lock_file(fs, full / entry.name, result.lock_file.path, slot);
    } else {
      add_error(slot, join(result.path, entry.name),
                "unexpected file in the migrations folder: only migration folders and migration_lock.toml belong "
                "here");
    }
    if (slot.migration) result.migrations.push_back(std::move(*slot.migration));
    for (Diagnostic& d : slot.diagnostics) result.diagnostics.push_back(std::move(d));
    if (slot.lock_file) result.lock_file = std::move(*slot.lock_file);
  }
  return result;
}

}  // namespace qdb::migrate
