#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

namespace qdb::util {

/// A fixed list of values kept in an Arena: a pointer and a length, copied shallowly (a copy
/// views the same values). Reads like a const std::vector. Works with an element type that is
/// still incomplete where the list is declared, so tree nodes can hold lists of themselves.
template <typename T>
class ArenaList {
 public:
  ArenaList() = default;
  ArenaList(T* data, size_t size) : data_(data), size_(size) {}

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T* begin() const { return data_; }
  T* end() const { return data_ + size_; }
  /// Precondition: index < size().
  T& operator[](size_t index) const { return data_[index]; }
  /// Precondition: !empty().
  T& front() const { return data_[0]; }
  T& back() const { return data_[size_ - 1]; }

 private:
  T* data_ = nullptr;
  size_t size_ = 0;
};

/// Memory for many small objects that all die together: each allocation moves a pointer
/// through a large block, and the blocks are freed at once when the Arena dies. Nothing is
/// freed one by one and no destructor runs, so only trivially destructible values may live
/// here. Moving an Arena keeps every address it handed out valid (the blocks stay where they
/// are); an Arena cannot be copied.
class Arena {
 public:
  Arena() = default;
  Arena(Arena&& other) noexcept { swap(other); }
  Arena& operator=(Arena&& other) noexcept {
    Arena(std::move(other)).swap(*this);
    return *this;
  }
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena() = default;

  /// `size` bytes aligned to `alignment` (a power of two, at most alignof(max_align_t)).
  /// Throws std::bad_alloc when memory runs out.
  void* allocate(size_t size, size_t alignment) {
    size_t pad = (alignment - reinterpret_cast<std::uintptr_t>(cursor_) % alignment) % alignment;
    if (size + pad > static_cast<size_t>(end_ - cursor_)) {
      add_block(size);
      pad = 0;  // blocks start at the strictest alignment
    }
    void* result = cursor_ + pad;
    cursor_ += pad + size;
    return result;
  }

  /// A copy of `text` that lives as long as the Arena.
  std::string_view copy(std::string_view text) {
    if (text.empty()) return {};
    char* data = static_cast<char*>(allocate(text.size(), 1));
    std::char_traits<char>::copy(data, text.data(), text.size());
    return {data, text.size()};
  }

  /// Moves the values of `from` into the Arena (exactly sized) and empties `from`, keeping its
  /// capacity for reuse. Collecting a list in a reused vector and then moving it here costs one
  /// bump of the pointer per list, where growing each list by itself costs several allocations.
  template <typename T>
  ArenaList<T> take(std::vector<T>& from) {
    static_assert(std::is_trivially_destructible_v<T>, "Arena values are never destroyed");
    if (from.empty()) return {};
    T* data = static_cast<T*>(allocate(sizeof(T) * from.size(), alignof(T)));
    std::uninitialized_move(from.begin(), from.end(), data);
    ArenaList<T> list(data, from.size());
    from.clear();
    return list;
  }

  /// Bytes taken from the system so far (all blocks).
  size_t reserved() const { return reserved_; }

 private:
  // Blocks grow with the total, so the number of blocks stays logarithmic in the size and the
  // unused tail of the last block stays below half of the whole.
  static constexpr size_t kFirstBlock = 16 * 1024;
  static constexpr size_t kLargestBlock = 4 * 1024 * 1024;

  void add_block(size_t at_least);
  void swap(Arena& other) noexcept {
    std::swap(blocks_, other.blocks_);
    std::swap(cursor_, other.cursor_);
    std::swap(end_, other.end_);
    std::swap(reserved_, other.reserved_);
  }

  std::vector<std::unique_ptr<char[]>> blocks_;
  char* cursor_ = nullptr;
  char* end_ = nullptr;
  size_t reserved_ = 0;
};

}  // namespace qdb::util
