#include "diff/change.hpp"

namespace qdb::diff {

const char* step_name(Change::Kind kind) {
  using K = Change::Kind;
  switch (kind) {
    case K::kCreateSchema: return "CreateSchema";
    case K::kDropExtension: return "DropExtension";
    case K::kCreateExtension: return "CreateExtension";
    case K::kCreateEnum: return "CreateEnum";
    case K::kAlterEnum: return "AlterEnum";
    case K::kDropForeignKey: return "DropForeignKey";
    case K::kDropIndex: return "DropIndex";
    case K::kAlterTable: return "AlterTable";
    case K::kDropTable: return "DropTable";
    case K::kDropEnum: return "DropEnum";
    case K::kCreateTable: return "CreateTable";
    case K::kCreateIndex: return "CreateIndex";
    case K::kRenameForeignKey: return "RenameForeignKey";
    case K::kAddForeignKey: return "AddForeignKey";
    case K::kRenameIndex: return "RenameIndex";
  }
  return "";
}

}  // namespace qdb::diff
