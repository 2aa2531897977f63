#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace qdb::util {

/// The edit distance of two short words: the fewest insertions, deletions and substitutions of
/// one byte that turn `a` into `b`.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The word of `candidates` nearest to `word` within two edits (the first of equally near ones),
/// or "" when none is that near: further than two edits is a different word, not a typo. What
/// "did you mean" hints suggest.
template <typename Words>
std::string closest_word(std::string_view word, const Words& candidates) {
  std::string best;
  std::size_t best_distance = 3;
  for (const auto& candidate : candidates) {
    const std::size_t distance = edit_distance(word, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = std::string(candidate);
    }
  }
  return best;
}

}  // namespace qdb::util
