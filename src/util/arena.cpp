#include "util/arena.hpp"

#include <algorithm>

namespace qdb::util {

void Arena::add_block(size_t at_least) {
  size_t size = std::clamp(reserved_, kFirstBlock, kLargestBlock);
  // A value larger than a block gets a block of its own size.
  size = std::max(size, at_least);
  // new char[] is aligned for any fundamental type, so a fresh block needs no padding.
  blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
  cursor_ = blocks_.back().get();
  end_ = cursor_ + size;
  reserved_ += size;
}

}  // namespace qdb::util
