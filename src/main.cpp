#include <iostream>

#include "qdb/version.hpp"

int main() {
  std::cout << "qdb " << qdb::kVersion << "\n";
  return 0;
}
