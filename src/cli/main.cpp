// factdiff: the command line. Parses options, calls the library, maps a status to an exit code.
#include <iostream>

int main(int argc, char** argv) {
  (void)argc;
  (void)argv;
  std::cout << "factdiff " << FACTDIFF_VERSION << "\n";
  return 0;
}
