#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "prisma/validate_context.hpp"

namespace qdb::prisma::detail {
namespace {

// first(i) for every name, after adding them all in order.
std::vector<size_t> firsts(RepeatedNames& names, const std::vector<std::string>& list) {
  names.clear();
  for (size_t i = 0; i < list.size(); ++i) names.add(list[i], i);
  names.finish();
  std::vector<size_t> out;
  for (size_t i = 0; i < list.size(); ++i) out.push_back(names.first(i));
  return out;
}

TEST(RepeatedNames, PointsEachRepeatAtTheFirstItemOfItsNameInAShortList) {
  RepeatedNames names;
  EXPECT_EQ(firsts(names, {"a", "b", "a", "c", "b", "a"}), (std::vector<size_t>{0, 1, 0, 3, 1, 0}));
  EXPECT_EQ(firsts(names, {}), std::vector<size_t>{});
  EXPECT_EQ(names.first(7), 7u);  // an index that was not added
}

TEST(RepeatedNames, GivesTheSameAnswersForALongListItSorts) {
  std::vector<std::string> list;
  for (int i = 0; i < 100; ++i) {
    std::string name = "n";  // not "n" + to_string(): GCC 12 warns falsely (-Wrestrict)
    list.push_back(name.append(std::to_string(i % 40)));
  }
  RepeatedNames names;
  std::vector<size_t> first = firsts(names, list);
  for (size_t i = 0; i < list.size(); ++i) EXPECT_EQ(first[i], i % 40) << i;
  // Reused for a shorter list, nothing is left over from the longer one.
  EXPECT_EQ(firsts(names, {"x", "x"}), (std::vector<size_t>{0, 0}));
  EXPECT_EQ(names.first(50), 50u);
}

}  // namespace
}  // namespace qdb::prisma::detail
